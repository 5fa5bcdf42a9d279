# Set comprehensions (integers only, printed via sorted or directly for small ints).

squares = {x * x for x in range(-4, 5)}
print(sorted(squares))
print(len(squares))

mods = {n % 5 for n in range(100)}
print(sorted(mods), mods == {0, 1, 2, 3, 4})

words = ["hello", "world", "hi", "wow", "python"]
lengths = {len(w) for w in words}
print(sorted(lengths))

firsts = {w[0] for w in words}
print(sorted(firsts))

evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:4], sorted(evens | threes)[-3:])

dups = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4]
print(sorted({d for d in dups}), len({d for d in dups}))

pairs = {(a, b) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs))

print(7 in {n * 7 for n in range(3)}, 8 in {n * 7 for n in range(3)})
print({x for x in []} == set())
