# Reflected operators (__radd__, __rsub__, __rmul__) and NotImplemented.

class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%gm" % self.v
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__", other)
        return self.__add__(other)
    def __sub__(self, other):
        o = other.v if isinstance(other, Meters) else other
        return Meters(self.v - o)
    def __rsub__(self, other):
        return Meters(other - self.v)
    def __mul__(self, k):
        return Meters(self.v * k)
    def __rmul__(self, k):
        return Meters(k * self.v)

m = Meters(5)
print(m + 1)
print(1 + m)
print(m + Meters(2))
print(10 - m, m - 10)
print(3 * m, m * 3)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(sum([Meters(1), Meters(2)], Meters(100)))

class Left:
    def __add__(self, other):
        print("  Left.__add__ -> NotImplemented")
        return NotImplemented

class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "Right handled it"

print(Left() + Right())

try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)

class Str:
    def __init__(self, s):
        self.s = s
    def __radd__(self, other):
        return Str(other + self.s)
    def __repr__(self):
        return "Str(%r)" % self.s

print("abc" + Str("def"))
print([1] * 2, 2 * [1], "ab" * 3, 3 * "ab")
