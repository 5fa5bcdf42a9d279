# try/except basics: catching, exception objects, multiple handlers.

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"

print(safe_div(10, 4), safe_div(1, 0))

def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        print("  ValueError:", e)
        return None
    return n * 2

for s in ["21", "-4", "x1", "", " 7 ", "3.5"]:
    print(repr(s), "->", parse(s))

def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        return "missing key " + str(e)
    except TypeError as e:
        return "bad key: " + str(e)

d = {"a": 1}
print(lookup(d, "a"), "|", lookup(d, "b"), "|", lookup(d, ["list"]))

# Multiple exception types in one handler
def convert(v):
    try:
        return int(v)
    except (ValueError, TypeError) as e:
        return type(e).__name__

print(convert("5"), convert("five"), convert(None), convert([1]))

# Handler order matters: first match wins
try:
    {}["k"]
except LookupError:
    print("caught as LookupError")
except KeyError:
    print("never reached")

# Exception variable is deleted after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    print("inside handler:", err)
try:
    print(err)
except NameError:
    print("err is no longer defined")

# Exception in a called function propagates
def level3():
    return [][1]
def level2():
    return level3()
def level1():
    try:
        return level2()
    except IndexError as e:
        return "level1 caught: " + str(e)
print(level1())
