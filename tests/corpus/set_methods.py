# Set mutation methods: add, discard, remove, pop, clear, update, copy.

s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)

s.update([5, 6], {7}, range(8, 10))
print(sorted(s))
s.intersection_update({5, 6, 7, 8, 100})
print(sorted(s))
s.difference_update([5])
print(sorted(s))
s.symmetric_difference_update({6, 50})
print(sorted(s))

t = s.copy()
t.add(999)
print(sorted(s), sorted(t))

single = {42}
print(single.pop(), single)
try:
    single.pop()
except KeyError as e:
    print("KeyError:", e)

u = {1, 2, 3}
u.clear()
print(u, len(u), bool(u))

# sets of tuples
moves = set()
for m in [(0, 1), (1, 0), (0, 1), (1, 1)]:
    moves.add(m)
print(sorted(moves))

# set from string, printed sorted
letters = set("hello world")
letters.discard(" ")
print(sorted(letters), len(letters))

try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
