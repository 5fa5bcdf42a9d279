# Zero-argument super() and explicit super(Class, self).

class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)

    def show(self):
        return "Base(%s)" % self.value

    def greet(self, who):
        return "hi " + who

class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        print("Child.__init__", extra)

    def show(self):
        return "Child[" + super().show() + ", " + str(self.extra) + "]"

    def greet(self, who):
        return super().greet(who).upper()

class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)

    def show(self):
        return "Grand<" + super().show() + ">"

c = Child(10, "x")
print(c.show())
print(c.greet("bob"))
g = GrandChild()
print(g.show())
print(g.greet("amy"))

class Explicit(Base):
    def show(self):
        return "E:" + super(Explicit, self).show()

print(Explicit(5).show())

# super() in classmethod / staticmethod-free contexts
class Registry:
    items = ["base"]
    @classmethod
    def all(cls):
        return list(cls.items)

class SubRegistry(Registry):
    items = ["sub"]
    @classmethod
    def all(cls):
        return super().all() + ["(extended)"]

print(Registry.all(), SubRegistry.all())

# super() reaching a method defined two levels up
class Logger:
    def log(self, msg):
        return "[log] " + msg

class TimedLogger(Logger):
    pass

class PrefixLogger(TimedLogger):
    def log(self, msg):
        return super().log("prefix: " + msg)

print(PrefixLogger().log("started"))
