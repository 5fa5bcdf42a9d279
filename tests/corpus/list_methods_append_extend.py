# list.append and list.extend.

a = []
a.append(1)
a.append("two")
a.append([3])
a.append(None)
print(a, len(a))

b = [1, 2]
b.extend([3, 4])
b.extend((5,))
b.extend("ab")
b.extend(range(2))
b.extend({"k": 1})
b.extend([])
print(b)

c = [1]
c.append([2, 3])
d = [1]
d.extend([2, 3])
print(c, d, len(c), len(d))

# extend with itself
e = [1, 2]
e.extend(e)
print(e)

# append returns None
r = [].append(1)
print(r)

# building lists in loops
squares = []
for i in range(6):
    squares.append(i * i)
print(squares)

evens, odds = [], []
for n in range(10):
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)

# extend with generator
g = [0]
g.extend(x * 10 for x in range(1, 4))
print(g)

# aliasing: append through another name
alias = g
alias.append("via alias")
print(g)

try:
    [].extend(5)
except TypeError as e:
    print("TypeError:", e)
