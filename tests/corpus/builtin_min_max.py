# min() and max(): iterables, multiple args, key, default.

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("apple", "banana"))
print(min([1.5, -2, 0]), max([1, 2.0]), max([2.0, 2]), min([2, 2.0]))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=abs))
print(max("a", "B", "c", key=str.lower), min("a", "B", "c", key=str.upper))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(1, "b"), (1, "a"), (0, "z")]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 4, -n)))

# ties: first maximal element wins
words = ["bb", "aa", "cc"]
print(max(words, key=len), min(words, key=len))

scores = {"ann": 90, "bob": 95, "cyd": 95}
print(max(scores, key=scores.get), min(scores.values()), max(scores.items(), key=lambda kv: kv[1]))
print(max(x * x for x in range(-4, 3)), min((x for x in [5, 3, 9]), default=-1))

try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
