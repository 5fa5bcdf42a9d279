# __eq__ and __hash__: equality, dict keys, set membership.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
print(a == b, a == c, a != b, a != c)
print(a is b)
print(a == (1, 2), (1, 2) == a)
print(hash(a) == hash(b))

d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(len(d), d[Point(1, 2)], d[c])

s = {a, b, c, Point(1, 2)}
print(len(s), Point(2, 1) in s, Point(9, 9) in s)

pts = [Point(0, 0), Point(1, 2), Point(0, 0)]
print(pts.count(Point(0, 0)), pts.index(Point(1, 2)), Point(1, 2) in pts)

# Defining __eq__ without __hash__ makes instances unhashable.
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

try:
    {NoHash(1): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash(3) == NoHash(3))

# Default identity equality and hashing
class Plain:
    pass
p1 = Plain()
p2 = Plain()
print(p1 == p1, p1 == p2, p1 != p2)
print(len({p1, p2, p1}))

# __eq__ returning a non-bool value
class Weird:
    def __eq__(self, other):
        return "yes"

print(Weird() == 1)
print(bool(Weird() == 1))
