# range(): arguments, negative steps, indexing, slicing, membership, reversed.

print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)))
print(list(range(10, 0, -3)), list(range(-5, 5, 2)), list(range(5, -5, -2)))
print(list(range(0)), list(range(3, 3)), list(range(3, 0)), list(range(0, 3, -1)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2])
print(7 in r, 8 in r, 31 in r, r.index(11), r.count(15), r.count(16))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(5) == range(0, 5), range(0) == range(3, 3), range(0, 3) == range(0, 3, 1))
print(r.start, r.stop, r.step)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10)[-3:], range(10)[::-3], list(range(10)[::-3]))
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], 7 * 10 ** 5 in big, 7 * 10 ** 5 + 1 in big)
print(repr(range(1, 2)), str(range(0, 9, 3)))

try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(2)
except ValueError as e:
    print("ValueError:", e)

total = 0
for i in range(10, 0, -2):
    total += i
print(total)
