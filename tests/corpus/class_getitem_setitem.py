# __getitem__, __setitem__, __delitem__ for custom containers.

class Matrix:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = [0] * (rows * cols)
    def __getitem__(self, pos):
        r, c = pos
        return self.data[r * self.cols + c]
    def __setitem__(self, pos, value):
        r, c = pos
        self.data[r * self.cols + c] = value
    def __repr__(self):
        lines = []
        for r in range(self.rows):
            lines.append(" ".join("%3d" % self[r, c] for c in range(self.cols)))
        return "\n".join(lines)

m = Matrix(3, 4)
for r in range(3):
    for c in range(4):
        m[r, c] = r * 10 + c
print(m)
m[1, 1] += 100
print(m[1, 1], m[2, 3])

class DefaultDict:
    def __init__(self, factory):
        self.factory = factory
        self.store = {}
    def __getitem__(self, key):
        if key not in self.store:
            self.store[key] = self.factory()
        return self.store[key]
    def __setitem__(self, key, value):
        self.store[key] = value
    def __delitem__(self, key):
        del self.store[key]
    def __len__(self):
        return len(self.store)

dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
dd["c"] = "set"
print(dd.store, len(dd))
del dd["b"]
print(dd.store)
try:
    del dd["zzz"]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    """__getitem__ alone makes an object iterable (old protocol)."""
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
    def __len__(self):
        return self.n

s = Seq(6)
print(s[2], s[-1], s[1:4], s[::2], s[::-1])
print(list(s))
print(9 in s, 10 in s)
for v in s:
    if v > 5:
        print("first square > 5:", v)
        break
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)

class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print("TypeError:", e)
