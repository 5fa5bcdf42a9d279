# The iterator protocol: __iter__ and __next__.

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)

c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("StopIteration raised")

class Range2:
    """Iterable (not iterator): fresh iterator each time."""
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)

class Range2Iter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        v = self.i
        self.i += 1
        return v

r = Range2(3, 7)
print(list(r), list(r))
print(sum(r), max(r), sorted(r, reverse=True))
print([a * b for a in Range2(1, 3) for b in Range2(1, 4)])
print(dict(zip(Range2(0, 3), "abc")))
x, y, z = Range2(10, 13)
print(x, y, z)
print(5 in Range2(0, 10), 50 in Range2(0, 10))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)))
it = iter(Fib(10))
print(next(it), next(it), next(it))

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
