# Float arithmetic basics.

print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 0.3 - 0.1)
print(1 / 3, 2 / 3, 10 / 4, 9 / 3, -7 / 2)
print(2.5 * 4, 1.5 ** 2, 2 ** 0.5, 10 ** -2, 4 ** 0.5)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(1e10 + 1, 1e16 + 1, 1e15 + 1)
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1)
print(0.5 + 0.25 + 0.125, 1 / 1024, 1 / 3 * 3)
print(abs(-2.5), -(-0.0), +1.5, -1.5)
print(sum([0.1] * 10), sum([0.5] * 4))
print(1.0 == 1, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(type(1 + 1.0).__name__, type(3 / 1).__name__, type(3 // 1).__name__, type(3.0 // 1).__name__)
print(max(1, 2.5), min(-1, -1.5), max(2, 2.0), min(2.0, 2))

total = 0.0
for i in range(1, 11):
    total += 1 / i
print("harmonic(10) =", total)

celsius = [-40, 0, 36.6, 100]
print([c * 9 / 5 + 32 for c in celsius])

def mean(xs):
    return sum(xs) / len(xs)

def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), variance(data), variance(data) ** 0.5)

# compound interest
balance = 1000.0
for year in range(5):
    balance *= 1.05
print("%.2f" % balance, round(balance, 2))
