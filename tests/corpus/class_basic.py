# Basic classes: __init__, instance attributes, methods.

class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return "%s (%d) knows %d tricks" % (self.name, self.age, len(self.tricks))

    def birthday(self):
        self.age += 1

d = Dog("Rex", 3)
print(d.name, d.age, d.tricks)
d.add_trick("sit").add_trick("roll")
print(d.describe())
d.birthday()
print(d.describe())

e = Dog("Fido", 1)
print(e.tricks, d.tricks)

# Attributes can be added later
e.color = "brown"
print(e.color)

# Methods accessed through the class
print(Dog.describe(e))

# Class with no __init__
class Empty:
    pass

x = Empty()
x.value = 5
print(x.value)
print(type(x).__name__, type(d).__name__)

class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

p = Point()
q = Point(3, 4)
print(p.x, p.y, q.x, q.y, p.dist2(q))
p.move(1, 1)
print(p.x, p.y, p.dist2(q))

# Bound method kept around
mv = q.move
mv(10, 10)
print(q.x, q.y)

# Method calling another method
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def is_empty(self):
        return len(self.items) == 0
    def drain(self):
        out = []
        while not self.is_empty():
            out.append(self.pop())
        return out

s = Stack()
for i in range(5):
    s.push(i * i)
print(s.pop(), s.drain(), s.is_empty())
