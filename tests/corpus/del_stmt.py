# del of names, items, attributes, and multiple targets.

x = 1
y = 2
del x
print("deleted x", y)
try:
    x
except NameError as e:
    print("NameError:", e)

a, b, c = 1, 2, 3
del a, b
print(c)

lst = [1, 2, 3, 4]
del lst[1], lst[1]  # deletes the 2, then what became index 1 (the 3)
print(lst)

d = {"k1": 1, "k2": 2, "k3": 3}
del d["k1"], d["k3"]
print(d)

class Thing:
    cls_attr = "class level"
    def __init__(self):
        self.a = 1
        self.b = 2

t = Thing()
del t.a
print(hasattr(t, "a"), t.b)
try:
    del t.a
except AttributeError:
    print("AttributeError deleting missing attribute")

t.cls_attr = "instance level"
print(t.cls_attr)
del t.cls_attr
print(t.cls_attr)

del Thing.cls_attr
print(hasattr(t, "cls_attr"))

# del inside a function makes the name local
def f():
    v = "local"
    del v
    try:
        return v
    except UnboundLocalError:
        return "v was deleted"
print(f())

# del of nested items
nested = {"a": [1, 2, {"deep": True, "other": 0}]}
del nested["a"][2]["deep"]
del nested["a"][0]
print(nested)

# del in loop variable
for i in range(3):
    pass
del i
try:
    i
except NameError:
    print("loop variable deleted")

# del (tuple) and [list] target syntax
p, q = 1, 2
del (p, q)
r = s = 5
del [r, s]
print("deleted p, q, r, s")
