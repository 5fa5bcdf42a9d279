# repr() of strings: quote selection and escape sequences.

samples = [
    "simple",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\tnewline\ncarriage\rreturn",
    "back\\slash",
    "\x00\x01\x7f",
    "bell\a",
    "",
    " ",
    "unicode é ñ ü",
    "\u00e9",
]
for s in samples:
    print(repr(s), len(s))

print(repr("a" * 3), repr("'" * 2), repr('"' * 2))
print(str("quoted 'inner'"), repr("quoted 'inner'"))
print(["it's", 'a"b', "\n"])
print(("x", "y\\z"))
print({"key's": "value\t"})

# escapes in literals
print("A\x42\u0043")
print("\101\102\103", "\x41\x42")
print(len("\n"), len("\\n"), len(r"\n"), r"raw\tstring", repr(r"raw\tstring"))
print("line1\
 continued")
print("""triple "quoted" 'string'""")
print('''another
multiline''')
print("adjacent" " literals" ' joined')
