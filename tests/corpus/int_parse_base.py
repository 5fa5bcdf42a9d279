# int() parsing with bases and prefixes.

print(int("42"), int("-42"), int("+7"), int("  13  "), int("0"), int("-0"))
print(int("1010", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("10", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 2))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 30) + 1)
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int("  -0b101  ", 0))
print(int(b"42"), int(bytearray(b"17")))

for text, base in [("12", 3), ("zz", 36), ("Zz", 36), ("11", 2), ("-11", 2)]:
    print(text, base, int(text, base))

bad = [("12", 2), ("", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("1.0", 10), ("08", 0), ("abc", 10)]
for text, base in bad:
    try:
        int(text, base)
        print("unexpected success", text)
    except ValueError:
        print("ValueError for", repr(text), "base", base)
