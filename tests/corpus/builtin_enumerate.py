# enumerate() with start values and various iterables.

print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=-1)))
print(list(enumerate([])), list(enumerate(range(3), 100)))

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))

lines = ["first", "second", "third"]
for lineno, line in enumerate(lines, start=1):
    print("%3d: %s" % (lineno, line))

print(dict(enumerate("ab")), {v: i for i, v in enumerate("ab")})
print([i for i, c in enumerate("banana") if c == "a"])

def first_index(seq, pred):
    for i, v in enumerate(seq):
        if pred(v):
            return i
    return -1

print(first_index([3, 8, 1, 9], lambda v: v > 5), first_index([1], lambda v: v > 5))
print(list(enumerate(enumerate("ab"))))
