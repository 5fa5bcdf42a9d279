# Big integer powers and arithmetic.

print(2 ** 64, 2 ** 100, 2 ** 200)
print(-2 ** 63, (-2) ** 63, (-2) ** 64)
print(3 ** 50, 10 ** 30, 7 ** 23)
print(2 ** 200 - 1, 2 ** 200 + 1)
big = 2 ** 128
print(big * big, big // 3, big % 1000, big - 2 ** 127)
print(big // -3, big % -1000, -big // 7, -big % 7)
print(divmod(big, 12345), divmod(-big, 12345))
print(10 ** 20 // 10 ** 10, 10 ** 20 / 10 ** 10)
print((10 ** 18 + 1) * (10 ** 18 - 1))
print(123456789 ** 3)
print(2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001)
print(2 ** -2, 10 ** -3)

a = 98765432109876543210
b = 12345678901234567890
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, a / b)
print(a > b, a == b, a < -b, max(a, b), min(-a, -b))
print(hex(a), oct(b), bin(2 ** 70))
print(int(str(a)) == a, len(str(a * b)))

# mersenne numbers
for p in [31, 61, 89, 107]:
    print(p, 2 ** p - 1)

# sum of big numbers
print(sum(2 ** i for i in range(100)) == 2 ** 100 - 1)
print(sum([10 ** 15] * 1000))
