# Starred assignment targets: a, *b, c = ...

a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)

first, *rest = "hello"
print(first, rest)

*init, last = range(5)
print(init, last)

a, *b, c = [1, 2]
print(a, b, c)

*everything, = (9, 8, 7)
print(everything)

head, *middle, tail = "ab"
print(head, middle, tail)

x, y, *zs = 1, 2, 3
print(x, y, zs)

# starred target is always a list
*s, = "xy"
print(type(s).__name__, s)

# starred in for loops
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)

# nested with star
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)

# starred in expressions: building lists/tuples/sets
lst = [1, 2]
print([*lst, *"ab", *range(2)])
print((*lst, 3))
print(sorted({*lst, *[2, 3]}))
print([*[], *()])

# starred with dicts
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1, "z": 0})
print({"x": 1, **d1})

try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)

def stats(*nums):
    lo, *_, hi = sorted(nums)
    return lo, hi
print(stats(5, 3, 9, 1), stats(2, 2))
