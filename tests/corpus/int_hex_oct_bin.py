# hex(), oct(), bin() and their round trips.

for n in [0, 1, 7, 8, 15, 16, 255, 256, 1023, -1, -255, 2 ** 40, -(2 ** 33)]:
    print(n, hex(n), oct(n), bin(n))

for n in [0, 5, 255, 4096, 123456789]:
    assert int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n
print("round trips ok")

print(hex(255)[2:], bin(10)[2:].zfill(8), oct(64)[2:])
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(8, "o"))
print("%x %o" % (255, 8))
print(hex(True), bin(False))

def bits_string(n, width=8):
    return bin(n & ((1 << width) - 1))[2:].zfill(width)

for n in [5, -5, 127, -128]:
    print(n, bits_string(n))

try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
