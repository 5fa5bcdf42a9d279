# Operator precedence and associativity.

print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3))
print(100 / 10 / 5, 100 / (10 / 5))
print(2 * 3 % 4, 2 * (3 % 4))
print(7 // 2 * 2, 7 // (2 * 2))
print(1 + 2 << 3, 1 + (2 << 3))
print(6 & 3 | 8, 6 & (3 | 8))
print(1 | 2 ^ 3 & 4)
print(5 > 3 == True, (5 > 3) == True)
print(not 1 == 2, (not 1) == 2)
print(1 < 2 and 2 < 3 or False)
print(-3 % 5, -(3 % 5))
print(2 ** -1, -2 ** -1)
print(+-+-1, - - 1, ~~7, -~7, ~-7)
print(3 * "ab" + "c", "x" + "y" * 2)
print([1, 2] * 2 + [3])
print(1 if 0 else 2 + 10, (1 if 0 else 2) + 10)
print(lambda_result := 4 * 5 if False else 0)

a = [1, 2, 3]
print(a[1] ** 2, -a[0], not a[0])

class P:
    v = 3
p = P()
print(p.v ** 2, -p.v * 2)

x = 5
print(x * 2 > 8 and x - 1 < 5)
print(x > 4 if x else x < 4)
