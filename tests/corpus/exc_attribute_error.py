# AttributeError messages and handling.

class Point:
    def __init__(self):
        self.x = 1

p = Point()
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)

try:
    Point.z
except AttributeError as e:
    print("AttributeError:", e)

try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)

try:
    "abc".push("d")
except AttributeError as e:
    print("AttributeError:", e)

try:
    [].add(1)
except AttributeError as e:
    print("AttributeError:", e)

try:
    None.split()
except AttributeError as e:
    print("AttributeError:", e)

try:
    {}.append(1)
except AttributeError as e:
    print("AttributeError:", e)

try:
    del p.nothing
except AttributeError as e:
    print("AttributeError on del:", type(e).__name__)

import math
try:
    math.tau2
except AttributeError as e:
    print("AttributeError:", e)

try:
    (1).real = 5
except AttributeError as e:
    print("cannot set attribute on int:", type(e).__name__)

print(getattr(p, "y", "default y"), hasattr(p, "x"), hasattr(p, "y"))

def get_name(obj):
    try:
        return obj.name
    except AttributeError:
        return "<no name>"

class Named:
    name = "named"

print(get_name(Named()), get_name(42))
