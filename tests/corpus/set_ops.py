# Set operators on small integer sets.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print({1, 2}.issubset(a), a.issuperset({5}), a.isdisjoint({8, 9}), a.isdisjoint(b))
print(a == {5, 4, 3, 2, 1}, a != b)
print(len(a | b), 3 in a, 6 not in a)

c = {1, 2, 3}
c |= {4}
print(c)
c &= {2, 3, 4, 5}
print(c)
c -= {3}
print(c)
c ^= {4, 9}
print(sorted(c))

print(set(), set([3, 1, 2]), set(range(5)), set((1, 1, 2)))
print(sorted({10, -1, 7, 3}), max({10, -1, 7}), sum({1, 2, 3}))

try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)

# dedupe while keeping order (using a set for membership)
seen = set()
out = []
for n in [3, 1, 3, 2, 1, 4]:
    if n not in seen:
        seen.add(n)
        out.append(n)
print(out)

# common elements of several lists
lists = [[1, 2, 3, 4], [2, 3, 4, 5], [0, 3, 4, 9]]
common = set(lists[0])
for l in lists[1:]:
    common &= set(l)
print(sorted(common))
