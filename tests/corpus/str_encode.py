# str.encode and bytes.decode (utf-8 and ascii).

s = "hello"
b = s.encode()
print(b, type(b).__name__, len(b))
print(s.encode("utf-8"), s.encode("ascii"))

u = "café"
ub = u.encode("utf-8")
print(ub, len(u), len(ub))
print(ub.decode("utf-8"), ub.decode() == u)

euro = "€100"
eb = euro.encode()
print(eb, len(euro), len(eb), list(eb[:3]))
print(eb.decode())

snowman = "\u2603"
print(len(snowman), snowman.encode("utf-8"), snowman.encode() == b"\xe2\x98\x83")

try:
    u.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError raised:", isinstance(e, ValueError))

try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError raised:", isinstance(e, ValueError))

print(b"abc".decode("ascii"), bytes("xyz", "utf-8"), str(b"hi", "ascii"))
print("".encode(), b"".decode() == "")

# round trip of mixed text
text = "Grüße, 世界!"
data = text.encode("utf-8")
print(len(text), len(data))
print(data.decode("utf-8") == text)
print([hex(x) for x in "ü".encode()])
