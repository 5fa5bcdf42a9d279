# Insertion order is preserved by dicts.

d = {}
for key in ["zebra", "apple", "mango", "banana"]:
    d[key] = len(key)
print(d)
print(list(d))

d["apple"] = 100          # updating keeps position
print(list(d))
del d["zebra"]
d["zebra"] = 1            # re-inserting goes to the end
print(list(d))

print({3: "c", 1: "a", 2: "b"})
print(dict(sorted({3: "c", 1: "a", 2: "b"}.items())))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))

# comprehension preserves the order of the source
print({k: v for k, v in reversed(list(d.items()))})

# merging preserves order of first appearance
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
merged = dict(a)
merged.update(b)
print(merged)

# equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1})

# first / last key
print(next(iter(d)), list(d)[-1])

# ordering of int keys is insertion too
nums = {}
for n in [10, 3, 7, 1]:
    nums[n] = n * n
print(nums, list(nums.values()))
