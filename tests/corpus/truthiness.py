# Truth values of builtin objects and bool() conversions.

values = [
    0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", "False",
    [], [[]], (), (0,), {}, {0: 0}, set(), {0},
    None, True, False, b"", b"\x00", range(0), range(1),
]
for v in values:
    print("%-12r -> %s" % (v, bool(v)))

print(not 0, not 1, not "", not "x", not None)
print(bool(), bool(0), bool(42))

# Truthiness in while
items = [3, 2, 1]
while items:
    print("left:", len(items))
    items.pop()

# Objects are truthy by default
class Thing:
    pass
print(bool(Thing()))

# Using truthiness for defaults
def label(name):
    return name or "<anonymous>"
print(label(""), label("bob"), label(None))

# all/any on mixed truthiness
print(all([1, "a", [0]]), any([0, "", None]), any([0, "", None, 0.1]))
