# int.to_bytes and int.from_bytes.

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, "big"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01", "big"))
print(int.from_bytes(bytes(range(1, 9)), "little"))
print(int.from_bytes([1, 2, 3], "big"))

for n in [0, 1, 127, 128, 255, 256, 65535, 123456789, 2 ** 63, 2 ** 100]:
    length = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(length, "big")
    print(n, length, b.hex(), int.from_bytes(b, "big") == n)

for n in [-1, -128, -129, 127, -(2 ** 31)]:
    b = n.to_bytes(4, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True))

try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
