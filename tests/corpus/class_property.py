# property: computed attributes, setters, deleters, read-only properties.

class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        print("  setting radius to", value)
        self._r = value

    @property
    def diameter(self):
        return self._r * 2

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)

c = Circle(2)
print(c.radius, c.diameter, c.area)
c.radius = 5
print(c.radius, c.diameter, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c.radius)

try:
    c.area = 10
except AttributeError as e:
    print("AttributeError raised when setting read-only property")

class Temperature:
    def __init__(self):
        self._c = 0.0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    def del_f(self):
        print("  deleting temperature")
        self._c = 0.0
    fahrenheit = property(get_f, set_f, del_f)

t = Temperature()
print(t.fahrenheit)
t.fahrenheit = 212
print(t._c, t.fahrenheit)
del t.fahrenheit
print(t._c)

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return self.first + " " + self.last
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)

p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last, "|", p.full)

# property is looked up on the class and inherited
class Sub(Circle):
    @property
    def area(self):
        return "sub-area"

s = Sub(1)
print(s.radius, s.diameter, s.area)
print(isinstance(Circle.radius, property))

# lazily computed and cached
class Lazy:
    def __init__(self):
        self._value = None
        self.computed = 0
    @property
    def value(self):
        if self._value is None:
            self.computed += 1
            self._value = sum(range(101))
        return self._value

lz = Lazy()
print(lz.value, lz.value, lz.computed)
