# Generator expressions consumed by sum, any, all, min, max, sorted, and join.

data = [3, 8, -2, 7, 0, 15, -9, 4]
print(sum(x for x in data))
print(sum(x for x in data if x > 0))
print(sum(1 for x in data if x < 0))
print(sum((x * x for x in data), 1000))
print(sum(x / 2 for x in data))
print(any(x > 10 for x in data), any(x > 100 for x in data))
print(all(x > -10 for x in data), all(x != 0 for x in data))
print(min(x for x in data if x > 0), max(abs(x) for x in data))
print(sorted((x for x in data if x % 2), reverse=True))
print("-".join(str(x) for x in data if x >= 0))

# any/all short-circuit: count how many elements were examined
examined = []
def check(v):
    examined.append(v)
    return v > 5
print(any(check(v) for v in data), examined)
examined.clear()
print(all(check(v) for v in data), examined)

# empty cases
print(sum(x for x in []), any(x for x in []), all(x for x in []))

words = ["Python", "is", "fun", "and", "Powerful"]
print(sum(len(w) for w in words))
print(any(w.istitle() for w in words), all(w.isalpha() for w in words))
print(max(words, key=lambda w: len(w)), min((len(w), w) for w in words))

grid = [[1, 0, 1], [1, 1, 1], [0, 0, 0]]
print([all(row) for row in grid], [any(row) for row in grid])
print(sum(sum(row) for row in grid))
print(all(any(row[c] for row in grid) for c in range(3)))
