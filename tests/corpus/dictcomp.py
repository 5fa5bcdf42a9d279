# Dict comprehensions.

print({x: x * x for x in range(6)})
print({c: ord(c) for c in "abc"})
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})  # later keys overwrite earlier ones

prices = {"apple": 1.2, "bread": 2.5, "milk": 0.99, "cheese": 7.0}
print({k: v for k, v in prices.items() if v < 2})
print({k.upper(): round(v * 1.1, 2) for k, v in prices.items()})

# invert a dict
codes = {"us": 1, "fr": 33, "de": 49}
print({v: k for k, v in codes.items()})

# from two lists
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})

# nested dict comprehension
print({i: {j: i * j for j in range(1, 4)} for i in range(1, 3)})

# conditional values
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})

# grouping via comprehension over a set of first letters (sorted for determinism)
groups = {letter: [w for w in words if w[0] == letter] for letter in sorted({w[0] for w in words})}
print(groups)

# counting with a dict comprehension
text = "mississippi"
print({ch: text.count(ch) for ch in sorted(set(text))})

# tuple keys
print({(r, c): r * 3 + c for r in range(2) for c in range(3)})

# empty
print({k: v for k, v in []})
