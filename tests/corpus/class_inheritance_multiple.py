# Multiple inheritance and method resolution order.

class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from A"

class B(A):
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C"
    def hello(self):
        return "hello from C"

class D(B, C):
    pass

class E(C, B):
    pass

d = D()
e = E()
print(d.who(), d.hello())
print(e.who(), e.hello())
print(isinstance(d, A), isinstance(d, B), isinstance(d, C))

class Walker:
    def move(self):
        return "walk"
    def legs(self):
        return 2

class Swimmer:
    def move(self):
        return "swim"
    def fins(self):
        return True

class Duck(Walker, Swimmer):
    pass

class Fish(Swimmer):
    pass

class Penguin(Swimmer, Walker):
    pass

for creature in (Duck(), Fish(), Penguin()):
    name = type(creature).__name__
    print(name, creature.move(), hasattr(creature, "legs"), hasattr(creature, "fins"))

# Mixins
class JsonMixin:
    def to_text(self):
        keys = sorted(self.fields())
        return "{" + ", ".join("%s: %r" % (k, getattr(self, k)) for k in keys) + "}"

class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def fields(self):
        return ["name", "price"]

class TextItem(JsonMixin, Item):
    pass

print(TextItem("pen", 1.5).to_text())

print([k.__name__ for k in D.__bases__], [k.__name__ for k in E.__bases__])
