# hasattr, getattr (with default), setattr, delattr.

class Config:
    debug = False
    def __init__(self):
        self.level = 3

c = Config()
print(hasattr(c, "level"), hasattr(c, "debug"), hasattr(c, "missing"), hasattr(Config, "level"))
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "default"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)

setattr(c, "level", 10)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr)
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    delattr(c, "new_attr")
except AttributeError:
    print("AttributeError on second delattr")

settings = {"level": 5, "debug": True, "name": "prod"}
for key, value in settings.items():
    setattr(c, key, value)
print(c.level, c.debug, c.name, Config.debug)

names = ["upper", "lower", "title"]
for n in names:
    method = getattr("MiXeD text", n)
    print(n, method())

print(getattr([1, 2, 3], "count")(2), getattr(5, "bit_length")())

class Dispatcher:
    def do_add(self, a, b):
        return a + b
    def do_mul(self, a, b):
        return a * b
    def run(self, cmd, *args):
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return "unknown command " + cmd
        return handler(*args)

d = Dispatcher()
print(d.run("add", 2, 3), d.run("mul", 4, 5), d.run("div", 1, 2))

import math
print(getattr(math, "sqrt")(49), hasattr(math, "pi"), getattr(math, "nope", None))

try:
    getattr(c, 123)
except TypeError as e:
    print("TypeError:", e)
