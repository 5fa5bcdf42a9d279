# isinstance checks used for type dispatch.

def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (list, tuple)):
        return "sequence of %d" % len(v)
    if isinstance(v, dict):
        return "mapping with keys %s" % sorted(v)
    if v is None:
        return "None"
    return "other"

for v in [True, 3, 2.5, "s", [1, 2], (1,), {"b": 1, "a": 2}, None, {1}]:
    print(repr(v), "->", describe(v))

def total(obj):
    if isinstance(obj, (int, float)):
        return obj
    if isinstance(obj, dict):
        return sum(total(v) for v in obj.values())
    if isinstance(obj, (list, tuple, set)):
        return sum(total(v) for v in obj)
    return 0

print(total([1, 2.5, {"a": 3, "b": [4, (5, "x")]}, None, {6}]))

print(isinstance(1, (int, str)), isinstance("a", (int, str)), isinstance(1.0, (int, str)))
print(isinstance([], list), isinstance([], (tuple,)), isinstance((), tuple))
print(isinstance(ValueError(), Exception), isinstance(ValueError, type))
