# Keyword arguments in calls.

def point(x, y, z=0):
    return "(%d, %d, %d)" % (x, y, z)

print(point(1, 2))
print(point(x=1, y=2))
print(point(y=5, x=4))
print(point(1, z=3, y=2))
print(point(7, 8, z=9))

def order(first, second, third):
    return [first, second, third]

print(order(third="c", first="a", second="b"))
print(order("a", third="c", second="b"))

# Errors from bad keyword use.
try:
    point(1, 2, w=3)
except TypeError as e:
    print("TypeError:", e)

try:
    point(1, x=2)
except TypeError as e:
    print("TypeError:", e)

try:
    point(1)
except TypeError as e:
    print("TypeError:", e)

try:
    point()
except TypeError as e:
    print("TypeError:", e)

try:
    point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

# Keyword arguments to builtins.
print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16))
print("a-b-c".split(sep="-", maxsplit=1))
print(max([1, 5, 3], key=lambda v: -v))

def tag(name, **attrs):
    parts = [name]
    for k in attrs:
        parts.append("%s=%r" % (k, attrs[k]))
    return "<" + " ".join(parts) + ">"

print(tag("a", href="x.html", title="X"))
print(tag("br"))
