# Bitwise operations on big integers, including negatives.

a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b, a | b, a ^ b)
print(a >> 50, a >> 100, a >> 101, a << 10)
print(~a, -a & 0xFFFF, -(2 ** 80) >> 70, ~(2 ** 70))
print((1 << 200) - 1 == int("1" * 200, 2))
print(bin(a).count("1"), bin(b).count("1"))
print((a ^ b) ^ b == a)
print(-(2 ** 65) | 1, -(2 ** 65) & (2 ** 66 - 1), (-1) ^ (2 ** 70))
print(hex(2 ** 64 - 1), hex(-(2 ** 64)), hex((2 ** 64 - 1) & 0xF0F0F0F0F0F0F0F0))

def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

print(reverse_bits(1, 64), reverse_bits(0xF0, 8), reverse_bits(2 ** 63, 64))

mask64 = (1 << 64) - 1
def rotl64(x, k):
    return ((x << k) | (x >> (64 - k))) & mask64

x = 0x0123456789ABCDEF
print(hex(rotl64(x, 8)), hex(rotl64(x, 32)), hex(rotl64(rotl64(x, 20), 44)))

def xorshift(state):
    state ^= (state << 13) & mask64
    state ^= state >> 7
    state ^= (state << 17) & mask64
    return state

s = 88172645463325252
seq = []
for _ in range(5):
    s = xorshift(s)
    seq.append(s % 1000)
print(seq)
