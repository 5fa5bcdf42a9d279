# dict.get and dict.setdefault.

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d)

print(d.setdefault("a", 100), d)
print(d.setdefault("c", 3), d)
print(d.setdefault("n"), d)

counts = {}
for w in "one two one three two one".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)

nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)

# get with computed default is always evaluated
calls = []
def expensive():
    calls.append(1)
    return "computed"
print(d.get("a", expensive()), len(calls))

# get on missing vs None value
e = {"k": None}
print(e.get("k", "default"), e.get("missing", "default"), "k" in e)
