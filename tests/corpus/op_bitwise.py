# Bitwise operators on ints.

a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-8 >> 1, -1 >> 10, -8 << 2, ~0, ~-5)
print(5 & -1, -6 & 0xFF, -1 ^ 0xF, -20 | 3)
print(1 << 0, 1 << 10, 1 << 64, (1 << 64) >> 63)

# flags
READ, WRITE, EXEC = 1, 2, 4
perm = READ | WRITE
print(perm, bool(perm & WRITE), bool(perm & EXEC))
perm |= EXEC
perm &= ~WRITE
print(perm, bin(perm))

def bits(n):
    out = []
    i = 0
    while n:
        if n & 1:
            out.append(i)
        n >>= 1
        i += 1
    return out

print(bits(0b101101), bits(255), bits(0))

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(n) for n in range(17)])

# swap without temp
x, y = 12, 34
x ^= y; y ^= x; x ^= y
print(x, y)

# power of two checks
print([n for n in range(1, 70) if n & (n - 1) == 0])

# bool and bitwise
print(True & False, True | False, True ^ True, type(True & True).__name__)

# masks and extraction
color = 0x12AB34
r, g, bl = (color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF
print(r, g, bl, hex(r), hex(g), hex(bl))

try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
