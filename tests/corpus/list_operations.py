# List operators and builtins: +, *, in, ==, <, len, min, max, sum, list().

a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * b, [] * 5, [0] * 0)
print(3 in a, 4 in a, [1, 2] in [[1, 2], [3]])
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 3], [2] > [1, 99])
print(len(a), min(a), max(b), sum(a + b))
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1}), list())
print(a[0], a[-1], a[1:], a.index(2))

matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)

# lists can hold anything, including themselves
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)

nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested))

# equality is element-wise, identity is not
x = [1, [2]]
y = [1, [2]]
print(x == y, x is y, x[1] == y[1], x[1] is y[1])

# list from string split and join back
s = "a b c"
parts = s.split()
parts[1] = "B"
print(" ".join(parts))

# enumerate and zip with lists
names = ["ann", "bob"]
scores = [90, 85]
print(list(enumerate(names)), list(zip(names, scores)))
print(dict(zip(names, scores)))

# common numeric helpers
vals = [4, 8, 15, 16, 23, 42]
print(sum(vals) / len(vals), sorted(vals)[len(vals) // 2], max(vals) - min(vals))
print([v for v in vals if v % 2 == 0], any(v > 40 for v in vals))
