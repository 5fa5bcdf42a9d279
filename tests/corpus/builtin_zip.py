# zip(): pairing, unequal lengths, unzipping, dict building.

names = ["ann", "bob", "cyd"]
ages = [31, 25, 40]
cities = ("nyc", "sf")
print(list(zip(names, ages)))
print(list(zip(names, ages, cities)))
print(list(zip()), list(zip([])), list(zip("ab")))
print(dict(zip(names, ages)))

pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print([list(row) for row in zip(*matrix)])

for n, a in zip(names, ages):
    print(n.title(), a)

print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))

z = zip("xy", range(10))
print(next(z), next(z), next(z, "stop"))

# pairwise differences
vals = [1, 4, 9, 16, 25]
print([b - a for a, b in zip(vals, vals[1:])])

# zip with infinite-like generator
def count():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(count(), "abc")))

try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", type(e).__name__)
