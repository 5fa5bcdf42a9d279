# raise ... from ...: explicit chaining, __cause__, __context__, from None.

class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + repr(key)) from e

try:
    load({"a": 1}, "b")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")

try:
    implicit()
except ValueError as e:
    print("ValueError:", e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__)

def hide():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("clean error") from None

try:
    hide()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context still recorded:", type(e.__context__).__name__)

# from an exception instance created on the spot
try:
    raise TypeError("outer") from KeyError("inner")
except TypeError as e:
    print(e, "<-", repr(e.__cause__))

# chain of three
def a():
    raise KeyError("a")
def b():
    try:
        a()
    except KeyError as e:
        raise IndexError("b") from e
def c():
    try:
        b()
    except IndexError as e:
        raise LookupError("c") from e

try:
    c()
except LookupError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__ + ":" + str(e))
        e = e.__cause__
    print(" <- ".join(chain))

e = ValueError("fresh")
print(e.__cause__, e.__context__)
