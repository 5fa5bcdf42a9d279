# Messages of arithmetic errors.

cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.5 / 0,
    lambda: 1.5 // 0.0,
    lambda: 7 % 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: pow(10, -1, 0),
    lambda: 2 ** 10000 * 1.0,
    lambda: float(10 ** 400),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
]

for i, fn in enumerate(cases):
    try:
        print(i, "ok", fn())
    except (ArithmeticError, ValueError) as e:
        if i in (0, 1, 2, 3, 6):
            print(i, type(e).__name__, e)
        else:
            # exact wording of these is less important
            print(i, type(e).__name__)

def average(xs):
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError:
        return None

print(average([1, 2, 3, 4]), average([]))
