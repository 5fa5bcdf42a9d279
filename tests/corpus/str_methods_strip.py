# strip, lstrip, rstrip with and without arguments.

s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")))
print(repr("www.example.com".strip("w.moc")))
print(repr("".strip()), repr("   ".strip()), repr("no-space".strip()))
print(repr("0042".lstrip("0")), repr("1.500".rstrip("0")), repr("000".lstrip("0")))
print(repr("\n\nlines\n\n".strip("\n")))
print(repr("  mixed \t\n".rstrip(" ")))
print(repr("--==title==--".strip("-=")))

lines = ["  alpha  ", "beta\n", "\tgamma"]
print([l.strip() for l in lines])

print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")))
print(repr("name".removeprefix("x")), repr("name".removesuffix("x")))
