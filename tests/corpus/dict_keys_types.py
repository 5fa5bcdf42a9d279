# Dict keys of different hashable types.

d = {}
d[1] = "int one"
d[1.0] = "float one overwrites"
d[True] = "True also equals 1"
print(d, len(d))

d = {0: "zero", "0": "string zero", (0,): "tuple zero", None: "none", 2.5: "float"}
print(d[0], d["0"], d[(0,)], d[None], d[2.5])
print(d[False], d[0.0])

key = (1, ("nested", 2))
d2 = {key: "nested tuple key"}
print(d2[(1, ("nested", 2))])

fs = frozenset([1, 2])
d3 = {fs: "frozenset key"}
print(d3[frozenset([2, 1])])

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v

d4 = {K(1): "a", K(2): "b"}
d4[K(1)] = "replaced"
print(d4, d4[K(2)])

for bad in [[1], {"a": 1}, {1}]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)

big = {10 ** 30: "big", -1: "neg", -2: "neg2"}
print(big[10 ** 30], big[-1], big[-2])

# string keys with same letters
words = {"listen": 1, "silent": 2}
print(words["silent"], "enlist" in words)
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print(list(anagrams.values()))
