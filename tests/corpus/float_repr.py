# repr/str of floats: shortest round-trip representation.

values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 100.0, 1e16, 1e15, 1.5e-7,
          123456789.123, 1e22, 1e-5, 0.0001, 2.5e-10, 1 / 3, 2 / 3, 1e100,
          12345678901234567890.0, 3.14159, 1.7976931348623157e308, 5e-324,
          0.5, 1.25, 100.5, 99.99, 1e-4, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v))

print(float("inf"), float("-inf"), float("nan"))
print([1.0, 2.5, -0.0], (0.1,), {"x": 1e-7})
print(1e16, 1e17, 123e18, 1.0e-3)
print(2 ** 0.5, 10 / 3, 22 / 7)
print(float(10 ** 15), float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print(0.1 * 0.1, 1.1 * 1.1, 1.15 * 100)
print(-1e-300 * 1e-300, 1e308 * 10, -1e308 * 10)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(3.0, 3.10, 3.100000000001)
