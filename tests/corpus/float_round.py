# round() with and without ndigits; banker's rounding; float precision.

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 2.675, 1.005]:
    print(v, round(v), round(v, 2))

print(round(3.14159, 0), round(3.14159, 1), round(3.14159, 3), round(3.14159, 10))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1234, -2), round(5, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(0.125, 2), round(0.375, 2), round(2.5e-8, 8))
print(round(1e20), round(123456789.987654321, 4))
print(round(7), round(-7), round(True))

prices = [19.995, 4.125, 0.1 + 0.2, 2.345, 10.0]
print([round(p, 2) for p in prices])
print(["%.2f" % p for p in prices])
print([f"{p:.2f}" for p in prices])

total = sum(prices)
print(total, round(total, 2), "%.3f" % total)

try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
