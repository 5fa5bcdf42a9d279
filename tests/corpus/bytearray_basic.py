# bytearray: mutable bytes.

ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = ord("H")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba)
ba[5:5] = b","
print(ba)
del ba[-6:]
print(ba)
print(ba.pop(), ba)
ba.insert(0, 62)
print(ba)
ba.reverse()
print(ba)
ba.reverse()
print(bytes(ba), ba.decode(), list(ba[:3]))

z = bytearray(4)
print(z, bytearray([1, 2, 3]), bytearray(range(3)), bytearray("hi", "ascii"))
z[1:3] = b"\xff\xfe"
print(z, z.hex())

c = bytearray(b"abc")
c += b"def"
print(c, c * 2, c[1:4], c[::-1], type(c[1:2]).__name__)
print(c == b"abcdef", b"cd" in c, c.find(b"d"), c.upper())
print(c.replace(b"abc", b"X"), c)

c.remove(ord("a"))
print(c)
c.clear()
print(c, len(c))

try:
    bytearray(b"x")[0] = 256
except ValueError as e:
    print("ValueError:", e)

buf = bytearray()
for i in range(5):
    buf += bytes([65 + i])
print(buf, buf.decode())
