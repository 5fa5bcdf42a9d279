# object(): plain instances, default equality, subclasses of object.

o = object()
p = object()
print(o == o, o == p, o != p, o is o)
print(type(o).__name__, isinstance(o, object), isinstance(5, object), isinstance(None, object))
print(issubclass(int, object), issubclass(type, object))

try:
    o.attr = 1
except AttributeError:
    print("cannot set attributes on a bare object()")

sentinel = object()
def find(d, key, default=sentinel):
    v = d.get(key, sentinel)
    if v is sentinel:
        if default is sentinel:
            return "missing with no default"
        return default
    return v

print(find({"a": None}, "a"), find({}, "a"), find({}, "a", 0))

class Explicit(object):
    def __init__(self, v):
        self.v = v

e = Explicit(3)
print(e.v, isinstance(e, object), Explicit.__bases__[0] is object)

markers = [object() for _ in range(3)]
print(len(markers), markers[0] is markers[1])
print(markers[0] in markers, object() in markers)
