# List comprehensions: mapping, filtering, conditional expressions.

nums = list(range(10))
print([n * 2 for n in nums])
print([n for n in nums if n % 3 == 0])
print([n * n for n in nums if n % 2 == 1])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([c.upper() for c in "hello"])
print([len(w) for w in "the quick brown fox".split()])
print([w for w in ["apple", "kiwi", "banana", "fig"] if len(w) > 3])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([k for k in {"x": 1, "y": 2}])
print([str(n).zfill(3) for n in (1, 22, 333)])
print([x for x in [] if x])
print([[0] * 3 for _ in range(2)])
print([abs(x) for x in [-3, 2, -1]])
print([None for _ in "ab"])

# multiple conditions
print([n for n in range(50) if n % 2 == 0 if n % 7 == 0])
print([n for n in range(30) if n % 3 == 0 and n % 5 == 0 or n == 1])

# calling functions
def f(x):
    return x ** 3 - x
print([f(x) for x in range(-2, 3)])

# comprehension over a string with conditions
sentence = "Comprehensions Are Pretty Handy"
print("".join([c for c in sentence if c.isupper()]))

# list comprehension result is a new list
orig = [1, 2, 3]
copy = [x for x in orig]
copy.append(4)
print(orig, copy)

# using the comprehension to build a lookup list
alphabet = [chr(ord("a") + i) for i in range(26)]
print(alphabet[:5], alphabet[-3:], len(alphabet))
