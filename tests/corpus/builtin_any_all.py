# any() and all(): truthiness, empty iterables, short-circuiting.

print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]))
print(any(""), all(""), any("a"), all("ab"))
print(any([None, "", 0.0, []]), all([1, "x", [0], (0,)]))
print(any({0: "a"}), all({1: 0, 2: 0}), any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(any(range(0)), all(range(1, 5)), all(range(0, 5)))

checked = []
def truthy(v):
    checked.append(v)
    return v

print(any(truthy(v) for v in [0, 0, 3, 0, 5]), checked)
checked.clear()
print(all(truthy(v) for v in [1, 2, 0, 4]), checked)

grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid))

words = ["apple", "avocado", "apricot"]
print(all(w.startswith("a") for w in words), any(w.endswith("t") for w in words))

def valid_password(p):
    return (len(p) >= 8 and any(c.isdigit() for c in p)
            and any(c.isupper() for c in p) and not any(c.isspace() for c in p))

for p in ["short1A", "longenough", "LongEnough1", "Long Enough1"]:
    print(p, valid_password(p))
