# Conversions between int, float and str.

print(float(3), float(-7), float("2.5"), float("  -1e3 "), float(".5"), float("5."), float("1_000.5"))
print(int(2.9), int(-2.9), int(1e10), int(float("12.0")), int("12"))
print(float(True), int(False), float(10 ** 20), int(1.5e15))
print(str(1.0), str(1.5), str(-0.25), str(1e-10), str(1e300))
print(float(str(0.1)) == 0.1, float(repr(2 / 3)) == 2 / 3)
print((2.5).is_integer(), (2.0).is_integer(), (1e20).is_integer())
print(int(3.7), int(-3.7))
print(1 / 2 == 0.5, 3 // 2, 3 / 2, int(3 / 2), round(3 / 2))
print(float("inf") > 10 ** 300, 10 ** 300 < 1e301, float(10 ** 300))
print(int("10") + float("0.5"), str(3) + str(0.5))
print(7 / 7, type(7 / 7).__name__, 7 // 7, type(7 // 7).__name__)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(2.0))

def parse_number(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None

print([parse_number(s) for s in ["12", "-3", "4.5", "1e3", "abc", "inf", " 7 ", "0x10"]])

for text in ["1,5", "1.2.3", "", "e5"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
