# Nested unpacking.

(a, b), c = (1, 2), 3
print(a, b, c)

x, (y, z) = 1, [2, 3]
print(x, y, z)

((p, q), (r, s)) = ((1, 2), (3, 4))
print(p, q, r, s)

name, (lat, lon) = ("Paris", (48.85, 2.35))
print(name, lat, lon)

data = [("ann", (31, "nyc")), ("bob", (25, "sf"))]
for who, (age, city) in data:
    print(who, age, city)

points = [((0, 0), (3, 4)), ((1, 1), (4, 5))]
for (x1, y1), (x2, y2) in points:
    print("dist2", (x2 - x1) ** 2 + (y2 - y1) ** 2)

[first, [second, [third]]] = [1, [2, [3]]]
print(first, second, third)

(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)

for i, (k, v) in enumerate({"x": 10, "y": 20}.items()):
    print(i, k, v)

try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
