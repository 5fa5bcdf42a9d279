# keys(), values(), items() views.

d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(list(k), list(v), list(it))
print(len(k), "two" in k, 2 in v, ("three", 3) in it, ("three", 4) in it)

# views are live
d["four"] = 4
print(list(k), list(v))
del d["one"]
print(list(it))

# set operations on keys views (printed sorted)
e = {"two": 0, "five": 5}
print(sorted(d.keys() & e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() | e.keys()))
print(sorted(d.keys() ^ e.keys()))

# iterating
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "->", value)
print(sum(d.values()), max(d.values()), sorted(d.values(), reverse=True))
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))

# converting
print(list(d), tuple(d.values()), dict(d.items()) == d)
print(list(reversed(d)), list(reversed(d.values())))

# modifying while iterating raises
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
