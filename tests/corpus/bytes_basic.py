# bytes: construction, indexing, slicing, iteration, methods.

b = b"hello world"
print(b, len(b), type(b).__name__)
print(b[0], b[-1], b[0:5], b[6:], b[::-1], b[::2])
print(list(b[:5]))
print(bytes([72, 105]), bytes(3), bytes(range(65, 70)), bytes("é", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"o" in b, 111 in b, b"xyz" in b)
print(b.upper(), b.split(), b.replace(b"world", b"there"))
print(b.find(b"o"), b.count(b"o"), b.startswith(b"hell"), b.endswith(b"d"))
print(b" padded ".strip(), b"-".join([b"a", b"b", b"c"]))
print(b == b"hello world", b < b"help", b"a" < b"b")
print([x for x in b"AZ"], sum(b"\x01\x02\x03"))
print(b.decode(), b.decode("ascii").title())
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace())
print(b"a,b,c".split(b","), b"x" * 2)
print(bytes(b"copy") == b"copy", bytes([]) == b"")
print(b"%d-%s" % (5, b"x"))

try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)

counts = {}
for byte in b"mississippi":
    counts[byte] = counts.get(byte, 0) + 1
print(sorted((chr(k), v) for k, v in counts.items()))
