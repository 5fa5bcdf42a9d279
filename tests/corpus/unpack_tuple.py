# Tuple and list unpacking in assignments.

a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped", a, b)

x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n) = (3, 4)
print(m, n)
[r, s] = 5, 6
print(r, s)

first, second = range(2)
print(first, second)

k1, k2 = {"one": 1, "two": 2}
print(k1, k2)

t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single, len(single))

# chained assignment with unpacking
i = j = 0
u, v = w = (7, 8)
print(i, j, u, v, w)

# unpack return values
def divmod_pair(a, b):
    return a // b, a % b
quot, rem = divmod_pair(17, 5)
print(quot, rem)

# rotate three variables
a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)

# fibonacci via tuple assignment
a, b = 0, 1
seq = []
for _ in range(10):
    seq.append(a)
    a, b = b, a + b
print(seq)

# unpack into list elements and attributes
vals = [0, 0]
vals[0], vals[1] = "L", "R"
print(vals)
class O: pass
o = O()
o.x, o.y = 1.5, -2
print(o.x, o.y)

# right-hand side evaluated fully before assignment
lst = [1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)
