# Tuples: creation, indexing, count/index, immutability, hashing.

t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3])
print(t.count(2), t.count(5), t.index(3), t.index(1, 1))
print(() , (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)

single = ("only",)
print(single, len(single), single[0])

# packing/unpacking
point = 3, 4
x, y = point
print(point, x, y)

# tuples as dict keys and set members
grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[(1, 2)], grid[0, 0])
visited = {(1, 1), (1, 1), (2, 3)}
print(len(visited), (2, 3) in visited)

# immutability
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)

# but contained lists can change
tl = ([1], [2])
tl[0].append(99)
print(tl)
try:
    hash(tl)
except TypeError as e:
    print("TypeError:", e)

print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) != (2, 1))
print(t + (9,), t * 2, (0,) * 3)
print(sorted(t), tuple(sorted(t)), tuple(reversed(t)))
print(max(t), min(t), sum(t), 3 in t)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9, 9))

def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([5, 3, 8])
print(lo, hi, min_max("hello"))

# named-tuple-like records with plain tuples
people = [("ann", 31), ("bob", 25)]
for name, age in sorted(people, key=lambda p: p[1]):
    print(name, age)
