# repr of bytes objects: printable ASCII, escapes, quotes.

samples = [
    b"",
    b"plain",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b"\x00\x01\x02\x7f\x80\xff",
    b"\t\n\r",
    b"\\",
    bytes(range(30, 40)),
    bytes([9, 10, 13, 27, 127]),
    "é".encode(),
]
for s in samples:
    print(repr(s), len(s))
    print(s)

print([b"a", b"\n"], (b"x",), {b"k": b"v"})
print(str(b"abc"), repr(b"abc"))
print(bytearray(b"ba\x00"), repr(bytearray()))
print(f"{b'fmt'}", "%s|%r" % (b"p", b"q"))
