# Bound and unbound methods, methods stored in containers, self explicitly.

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return self.greeting + ", " + name

en = Greeter("Hello")
fr = Greeter("Bonjour")

bound = en.greet
print(bound("Ann"))
print(Greeter.greet(fr, "Luc"))

methods = [en.greet, fr.greet]
print([m("X") for m in methods])

# Method replaced on instance by a plain function (not bound)
en.greet = lambda name: "overridden " + name
print(en.greet("Y"), fr.greet("Y"))
del en.greet
print(en.greet("Z"))

# Method replaced on class affects all instances
def shout(self, name):
    return self.greeting.upper() + " " + name.upper()

Greeter.greet = shout
print(en.greet("a"), fr.greet("b"))

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n

c = Counter()
inc = c.inc
for _ in range(3):
    inc()
print(c.n)
print(list(map(Counter.inc, [Counter(), Counter()])))

# Comparing bound methods
print(c.inc == c.inc, c.inc == Counter().inc)
