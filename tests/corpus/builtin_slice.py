# slice objects.

s = slice(1, 5)
print(s, s.start, s.stop, s.step)
s2 = slice(None, None, -1)
print(s2, s2.start, s2.stop, s2.step)
s3 = slice(3)
print(s3, s3.start, s3.stop)

data = list(range(10))
print(data[s], data[s2], data[s3], data[slice(2, 8, 2)])
print("abcdef"[slice(1, -1)], (1, 2, 3, 4)[slice(None, None, 2)])

print(slice(0, 10, 3).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))

first_two = slice(0, 2)
last_two = slice(-2, None)
for word in ["python", "vm", "x"]:
    print(word[first_two], word[last_two])

records = ["2024-01-15 ERROR disk", "2024-02-01 INFO ok"]
DATE = slice(0, 10)
LEVEL = slice(11, 16)
for r in records:
    print(r[DATE], r[LEVEL].strip())

lst = [0, 1, 2, 3, 4, 5]
lst[slice(1, 3)] = ["a", "b", "c"]
print(lst)
del lst[slice(0, None, 2)]
print(lst)

print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
