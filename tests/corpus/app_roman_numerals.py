# Roman numeral conversion in both directions with validation.

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)

SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in SYMBOLS:
            raise ValueError("bad numeral character %r" % ch)
        v = SYMBOLS[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError("non-canonical numeral %r" % s)
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))

print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in ["IIII", "VX", "ABC", "mcmxc"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
for n in [0, 4000]:
    try:
        to_roman(n)
    except ValueError as e:
        print("ValueError:", e)
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print(longest, to_roman(longest))
