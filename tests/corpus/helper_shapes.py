# Helper module for the import tests: shapes with a module-level registry.

import math

PI_APPROX = 3.14
UNIT = "cm"
created = []


class Shape:
    sides = 0

    def area(self):
        return 0.0

    def describe(self):
        return "%s with %d sides, area %.2f %s^2" % (type(self).__name__, self.sides, self.area(), UNIT)


class Circle(Shape):
    def __init__(self, r):
        self.r = r
        created.append("Circle")

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    sides = 4

    def __init__(self, side):
        self.side = side
        created.append("Square")

    def area(self):
        return float(self.side * self.side)


def total_area(shapes):
    return sum(s.area() for s in shapes)


def _private_helper():
    return "private"
