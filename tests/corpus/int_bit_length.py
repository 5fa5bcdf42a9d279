# int.bit_length and related methods.

for n in [0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 64, 2 ** 64 - 1, -(2 ** 64)]:
    print(n, n.bit_length())

print((10 ** 100).bit_length(), (-(10 ** 100)).bit_length())
print(bin(5).count("1"), bin(255).count("1"), bin(-255).count("1"))

def needed_bytes(n):
    return (n.bit_length() + 7) // 8

for n in [0, 1, 255, 256, 65535, 65536, 2 ** 100]:
    print(n, needed_bytes(n))

def log2_floor(n):
    return n.bit_length() - 1

print([log2_floor(n) for n in (1, 2, 3, 4, 1000, 1024, 1025)])
print(abs(-7).bit_length(), int.__name__)
print(True.bit_length(), (0).bit_length())
