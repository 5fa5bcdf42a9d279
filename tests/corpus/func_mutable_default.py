# The classic mutable default argument pitfall.

def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))

def counts(word, seen={}):
    seen[word] = seen.get(word, 0) + 1
    return seen[word]

for w in ["x", "y", "x", "x", "y"]:
    print(w, counts(w))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

print(append_to(5, ["fresh"]), append_to(6))
