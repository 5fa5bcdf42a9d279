# Class attributes versus instance attributes.

class Config:
    version = 1
    tags = []
    name = "default"

    def __init__(self, name=None):
        if name is not None:
            self.name = name

a = Config()
b = Config("custom")
print(a.name, b.name, Config.name)
print(a.version, b.version)

Config.version = 2
print(a.version, b.version)

a.version = 99
print(a.version, b.version, Config.version)

# Shared mutable class attribute
a.tags.append("x")
print(b.tags, Config.tags)

# Instance attribute shadows then deleted reveals class attribute
del a.version
print(a.version)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

objs = [Counter() for _ in range(4)]
print([o.id for o in objs], Counter.count)

class Sub(Config):
    version = 10

s = Sub()
print(s.version, s.name, Config.version)

print(hasattr(Config, "tags"), hasattr(a, "missing"))

class Const:
    PI = 3.14159
    E = 2.71828
    BOTH = PI + E

print(Const.BOTH, Const().PI)

# class attribute computed from earlier ones
class Grid:
    W = 4
    H = 3
    CELLS = W * H
    ROW = [0] * W

print(Grid.CELLS, Grid.ROW)
