# iter() and next() on builtin containers.

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

s = iter("ab")
print(next(s), next(s), next(s, None))

d = iter({"x": 1, "y": 2})
print(next(d), next(d))

t = iter((10,))
print(next(t), next(t, "done"))

r = iter(range(3))
print(list(r), list(r))

it = iter([1, 2, 3, 4, 5])
print(next(it), list(it))

# iter of an iterator returns itself
it = iter([1])
print(iter(it) is it)

# consuming pairs from one iterator
it = iter(range(8))
print(list(zip(it, it)))

# manual iteration protocol
def my_for(iterable, fn):
    it = iter(iterable)
    while True:
        try:
            item = next(it)
        except StopIteration:
            break
        fn(item)

out = []
my_for("xyz", out.append)
print(out)

# next with default on generator
gen = (x for x in [])
print(next(gen, "empty generator"))

# skip header line
lines = iter(["header", "row1", "row2"])
next(lines)
print(list(lines))
