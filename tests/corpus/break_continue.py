# break and continue in various loop shapes.

result = []
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 13:
        break
    result.append(i)
print(result)

# continue in while with manual counter
i = 0
skipped = []
while i < 10:
    i += 1
    if i in (2, 5, 7):
        skipped.append(i)
        continue
print("skipped", skipped, "final i", i)

# break out of nested loops via flag
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    if found:
        break
print("found 99 at", found)

# break out of nested loops via function return
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None

print(find(grid, 8), find(grid, 100))

# continue skipping in inner loop only
pairs = []
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if b > a + 1:
            break
        pairs.append((a, b))
print(pairs)

# break in loop over a string
for ch in "hello world":
    if ch == " ":
        break
    print(ch, end="")
print()

# while True with multiple exits
n = 27
steps = 0
while True:
    steps += 1
    if n == 1:
        break
    if n % 2:
        n = 3 * n + 1
        continue
    n //= 2
print("steps", steps)
