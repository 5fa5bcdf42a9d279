# __contains__ and the fall-backs used by `in`.

class EvenNumbers:
    def __contains__(self, x):
        print("  checking", x)
        return isinstance(x, int) and x % 2 == 0

evens = EvenNumbers()
print(4 in evens)
print(5 in evens)
print(7 not in evens)
print("a" in evens)

class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi

iv = Interval(1.5, 3)
print([x for x in [0, 1.5, 2, 2.999, 3, 4] if x in iv])

class Truthy:
    def __contains__(self, x):
        return 1  # result converted to bool

print(1 in Truthy(), "x" not in Truthy())

class Iterable:
    def __iter__(self):
        print("  iterating")
        return iter([1, 2, 3])

print(2 in Iterable())
print(9 in Iterable())

class Words:
    def __init__(self, text):
        self.words = text.lower().split()
    def __contains__(self, w):
        return w.lower() in self.words

w = Words("The quick Brown fox")
print("quick" in w, "BROWN" in w, "dog" in w)

try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
