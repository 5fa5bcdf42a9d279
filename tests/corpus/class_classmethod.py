# classmethod: alternative constructors and cls-aware behaviour.

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)

class BirthDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(BirthDate.from_string("1990-7-4"))
print(Date.epoch(), BirthDate.epoch())
print(Date(2000, 1, 1).from_string("1999-12-31"))

class Shape:
    count = 0
    registry = []

    def __init__(self):
        type(self).bump()

    @classmethod
    def bump(cls):
        cls.count += 1
        Shape.registry.append(cls.__name__)

class Square(Shape):
    count = 0

class Tri(Shape):
    count = 0

Square(); Square(); Tri(); Shape()
print(Shape.count, Square.count, Tri.count)
print(Shape.registry)

class Pizza:
    def __init__(self, toppings):
        self.toppings = toppings
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def with_extra(cls, *extra):
        return cls(["cheese"] + list(extra))
    def __repr__(self):
        return "Pizza(" + ", ".join(self.toppings) + ")"

print(Pizza.margherita())
print(Pizza.with_extra("ham", "olives"))

def make(cls, n):
    return [cls.__name__] * n

class Maker:
    build = classmethod(make)

print(Maker.build(2), Maker().build(1))
