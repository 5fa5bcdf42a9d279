# Single inheritance: overriding, extending, and calling base methods.

class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"

class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, a kind of " + Animal.kind(self)

class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " (tiny)"

for a in [Animal("generic"), Cat("Tom"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.speak(), "|", a.kind())

p = Puppy("Nib", 2)
print(p.name, p.age)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r

for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())

try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

print(Square.__bases__[0].__name__, Rect.__bases__[0].__name__)
