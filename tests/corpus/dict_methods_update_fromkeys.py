# dict.update, dict.fromkeys, dict.copy, dict() constructor forms, | operator.

d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("a", 10)])
d.update(e=5, f=6)
d.update({})
print(d)

print(dict.fromkeys(["x", "y", "z"]))
print(dict.fromkeys("abc", 0))
print(dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)  # same list object for every key

print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
print(dict(), dict([]))

orig = {"x": [1], "y": 2}
cp = orig.copy()
cp["y"] = 20
cp["x"].append(99)
print(orig, cp)

a = {"k1": 1, "k2": 2}
b = {"k2": 20, "k3": 30}
print(a | b, b | a)
a |= {"k4": 4}
print(a)

merged = {}
for src in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged.update(src)
print(merged)

try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError raised:", type(e).__name__)
try:
    {}.update(5)
except TypeError as e:
    print("TypeError raised:", type(e).__name__)
