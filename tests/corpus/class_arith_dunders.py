# Arithmetic special methods: __add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__, __pow__.

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

a = Vec(1, 2)
b = Vec(10, 20)
print(a + b, b - a, a * 3, a * b)
print(b / 4, b // 3, b % 7, a ** 3)
print(a + b * 2 - Vec(1, 1))
print((a + b) == Vec(11, 22))
total = Vec(0, 0)
for v in [a, b, Vec(-5, 5)]:
    total = total + v
print(total)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __repr__(self):
        return "Money(%d)" % self.cents

print(Money(100) + Money(50), Money(1) + 2)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) - Money(2)
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
