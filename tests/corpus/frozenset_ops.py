# frozenset: immutable, hashable sets.

fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs)
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {3, 4})
print(type(fs | {4}).__name__, type({4} | fs).__name__)
print(fs == {1, 2, 3}, fs <= {1, 2, 3, 4}, fs.issubset(range(5)))
print(frozenset(), frozenset(range(3)))

try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError raised:", type(e).__name__)

d = {fs: "a frozenset key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])

groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups))
print(sorted(sorted(g) for g in groups))

nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(fs.union([7]), fs.intersection([1, 2, 8]), fs.copy() == fs)
