# Floor division and modulo with negative operands.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (1, 5), (-1, 5), (0, -3), (5, -7)]
for a, b in pairs:
    q, r = a // b, a % b
    print("%3d // %3d = %3d   %3d %% %3d = %3d   check %s" % (a, b, q, a, b, r, q * b + r == a))

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (5, 0.3)]:
    print(a, b, a // b, a % b)

print(-7 / 2, int(-7 / 2), -7 // 2, round(-7 / 2))
print(int(-3.9), int(3.9), -(-7 // 2))

# digit extraction with negative numbers via abs
n = -1234
print([int(d) for d in str(abs(n))], abs(n) % 10, n % 10)

# modulo for wrap-around indexing
items = ["a", "b", "c", "d"]
print([items[i % len(items)] for i in range(-5, 6)])

# day-of-week arithmetic
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for offset in [-1, -8, 13, 0]:
    print(offset, days[(0 + offset) % 7])

print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(-17 // 5 * 5 + -17 % 5)
