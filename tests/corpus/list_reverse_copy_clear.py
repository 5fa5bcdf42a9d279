# list.reverse, list.copy, list.clear and related idioms.

a = [1, 2, 3, 4]
a.reverse()
print(a)
a.reverse()
print(a)
empty = []
empty.reverse()
print(empty)

b = a.copy()
b.append(5)
print(a, b, a == b[:4], a is b)

nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append("shared")
shallow[1] = "replaced"
print(nested, shallow)

deep = [row[:] for row in nested]
deep[0].append("not shared")
print(nested, deep)

c = [1, 2, 3]
alias = c
c.clear()
print(c, alias, len(alias))

d = [1, 2, 3]
alias = d
d = []
print(d, alias)

print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
r = [5, 6, 7]
rev = reversed(r)
r.append(8)
print(list(rev))

x = [0] * 3
grid_bad = [[0] * 2] * 2
grid_bad[0][0] = 1
grid_good = [[0] * 2 for _ in range(2)]
grid_good[0][0] = 1
print(x, grid_bad, grid_good)
