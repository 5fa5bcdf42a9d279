# Nested loops: tables, combinations, and loop variables.

for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += "%4d" % (i * j)
    print(row)

# Triangle
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))

# All combinations of two lists
colors = ["red", "green"]
sizes = ["S", "M", "L"]
combos = []
for c in colors:
    for s in sizes:
        combos.append(c + "-" + s)
print(combos)

# Pythagorean triples
triples = []
for a in range(1, 21):
    for b in range(a, 21):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)

# Loop over list of lists, modifying inner lists
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    for k in range(len(row)):
        row[k] *= 10
print(matrix)

# Transpose by nested loops
t = []
for c in range(2):
    col = []
    for r in range(3):
        col.append(matrix[r][c])
    t.append(col)
print(t)

# Inner loop depends on outer variable
for i in range(4):
    print(i, [j for j in range(i)])

# Counting with nested while loops
i = 0
count = 0
while i < 4:
    j = i
    while j < 4:
        count += 1
        j += 1
    i += 1
print("count", count)
