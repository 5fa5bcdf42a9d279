# Unpacking in for loops over various iterables.

pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)

for i, (num, word) in enumerate(pairs):
    print(i, num, word[::-1])

d = {"apple": 3, "pear": 5}
for key, value in d.items():
    print(key, "*" * value)

for a, b, c in ["abc", "xyz"]:
    print(c, b, a)

matrix = [[1, 2], [3, 4], [5, 6]]
for left, right in matrix:
    print(left + right)

for x, y in zip(range(3), range(10, 13)):
    print(x, y)

# unpacking into existing names, including attributes and subscripts
class Acc:
    pass
acc = Acc()
slots = [None, None]
for acc.first, slots[0] in [(1, "a"), (2, "b")]:
    pass
print(acc.first, slots)

# underscore for ignored values
total = 0
for _, qty, price in [("pen", 2, 1.5), ("pad", 1, 3.0)]:
    total += qty * price
print(total)

# loop over list of dicts with items unpacking
records = [{"n": 1}, {"n": 2, "m": 3}]
for rec in records:
    for k, v in rec.items():
        print(k, v, end="; ")
    print()

try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
