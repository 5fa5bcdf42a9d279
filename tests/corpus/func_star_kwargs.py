# **kwargs: variable keyword arguments.

def show(**kw):
    print(len(kw), "kwargs")
    for key in kw:
        print("  ", key, "=", kw[key])
    return kw

r = show()
print(r)
r = show(a=1, b="two", c=[3])
print(r)

def mixed(a, b=2, *args, c, d=4, **kwargs):
    print("a=%r b=%r args=%r c=%r d=%r kwargs=%r" % (a, b, args, c, d, kwargs))

mixed(1, c=3)
mixed(1, 2, 3, 4, c=5, e=6)
mixed(a=0, c=0, z=26, y=25)

opts = {"sep": "-", "end": "!\n"}
print("x", "y", "z", **opts)

def build(**kw):
    return sorted(kw.items())

d = {"b": 2, "a": 1}
print(build(**d))
print(build(**d, c=3))
print(build(c=3, **d))

try:
    build(**d, a=5)
except TypeError as e:
    print("duplicate keyword:", type(e).__name__)

def passthrough(*args, **kwargs):
    return target(*args, **kwargs)

def target(x, y=0, z=0):
    return x + 10 * y + 100 * z

print(passthrough(1))
print(passthrough(1, 2))
print(passthrough(1, z=3))
print(passthrough(x=4, y=5, z=6))

# kwargs dict is a fresh dict each call
def grab(**kw):
    kw["touched"] = True
    return kw

base = {"k": 1}
out = grab(**base)
print(base, out)
