# Sets of strings, always printed in sorted order so the output is deterministic.

fruits = {"apple", "banana", "cherry"}
citrus = {"lemon", "lime", "orange", "banana"}
print(sorted(fruits | citrus))
print(sorted(fruits & citrus))
print(sorted(fruits - citrus), sorted(citrus - fruits))
print(sorted(fruits ^ citrus))
print("apple" in fruits, "lemon" in fruits, len(fruits | citrus))

words = "the cat sat on the mat the end".split()
unique = set(words)
print(len(words), len(unique), sorted(unique))

vowels = set("aeiou")
for w in ["rhythm", "audio", "sky", "queue"]:
    print(w, sorted(vowels & set(w)), len(set(w) - vowels))

tags_a = frozenset(["python", "code", "vm"])
tags_b = frozenset(["vm", "bytecode"])
print(sorted(tags_a | tags_b), sorted(tags_a & tags_b))

seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print(sorted(seen, key=lambda w: (len(w), w)), sorted(seen, key=lambda w: (-len(w), w)))
