# Slicing lists: start/stop/step, negative indices, copies.

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[1::2])
print(a[-3:], a[:-3], a[-5:-2], a[-1:], a[-100:3], a[8:100])
print(a[::-1], a[::-2], a[8:2:-2], a[-2:-8:-3])
print(a[5:2], a[2:2], a[100:], a[-1:-5])
print(a[3:8:10], a[::100], a[::-100])

# slices are copies
b = a[:]
b[0] = "changed"
print(a[0], b[0])

# slicing nested lists is shallow
nested = [[1], [2], [3]]
copy = nested[:2]
copy[0].append("x")
print(nested)

# slice objects
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step)
print(a[slice(None, None, -1)][:3])
print(a[slice(4)], a[slice(2, None)])

# using len for computed boundaries
n = len(a)
print(a[n // 2:], a[:n // 2])

# strings in a list
words = "one two three four five".split()
print(words[1:-1], words[::-1][:2])

# reversed halves
print(a[:5][::-1] + a[5:][::-1])

# rotate
def rotate(lst, k):
    k %= len(lst)
    return lst[k:] + lst[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))

try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
