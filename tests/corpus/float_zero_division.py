# Division by zero with floats and ints.

ops = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("-1.0 / -0.0", lambda: -1.0 / -0.0),
]
for text, fn in ops:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(text, "-> ZeroDivisionError:", e)

def safe_ratio(a, b, default=float("nan")):
    try:
        return a / b
    except ZeroDivisionError:
        return default

print(safe_ratio(1, 4), safe_ratio(1, 0), safe_ratio(1, 0, 0.0))
print(1e-320 / 1e10, 1e-320 * 1e-10)
print(1 / 1e-320 > 1e300)
