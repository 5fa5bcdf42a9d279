# Nested list comprehensions.

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([[x * 10 for x in row] for row in matrix])
print([[x for x in row if x % 2] for row in matrix])
print([(r, c) for r in range(3) for c in range(3) if r < c])

# identity matrix
n = 4
ident = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in ident:
    print(row)

# multiplication table
table = [[r * c for c in range(1, 6)] for r in range(1, 6)]
for row in table:
    print(" ".join("%2d" % v for v in row))

# cartesian product of three lists
print(["".join([a, b, c]) for a in "xy" for b in "12" for c in "!?"])

# flatten deeper
deep = [[[1, 2], [3]], [[4], [5, 6]]]
print([x for outer in deep for inner in outer for x in inner])

# nested with dependency on outer variable
print([(i, j) for i in range(4) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])

# transpose of non-square
m = [[1, 2, 3, 4], [5, 6, 7, 8]]
print([[row[c] for row in m] for c in range(len(m[0]))])

# comprehension in a comprehension's condition
words = ["level", "house", "noon", "stats", "apple"]
print([w for w in words if w == "".join([c for c in reversed(w)])])
