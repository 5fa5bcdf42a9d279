# Slice assignment on lists.

a = list(range(8))
a[2:4] = ["x", "y"]
print(a)
a[2:4] = ["only"]          # shrink
print(a)
a[1:2] = [10, 20, 30]      # grow
print(a)
a[:0] = ["front"]          # insert at start
print(a)
a[len(a):] = ["back"]      # append at end
print(a)
a[3:3] = ["ins1", "ins2"]  # pure insert
print(a)
a[:] = [1, 2, 3]           # replace everything
print(a)

b = list(range(10))
b[::2] = ["e"] * 5         # extended slice: sizes must match
print(b)
b[1::2] = "ABCDE"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)

try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

c = [1, 2, 3, 4, 5]
c[1:4] = range(100, 103)
print(c)
c[-2:] = []
print(c)
c[10:20] = [9]
print(c)

# assigning a slice of itself
d = [1, 2, 3]
d[1:] = d
print(d)

# alias sees changes
e = [0, 0, 0]
alias = e
e[:] = [7, 8]
print(alias, alias is e)

try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
