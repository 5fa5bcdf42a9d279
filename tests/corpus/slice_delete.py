# del with slices and indices on lists.

a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))

b = list("abcdefghij")
del b[1::3]
print(b)
del b[::-2]
print(b)
del b[5:100]
print(b)
del b[-100:1]
print(b)

c = [1, 2, 3, 4, 5, 6]
del c[4:1:-1]
print(c)

# delete in a loop by index from the end
nums = [5, 1, 8, 2, 9, 3]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] < 4:
        del nums[i]
print(nums)

try:
    del nums[10]
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)

t = (1, 2, 3)
try:
    del t[0:1]
except TypeError as e:
    print("TypeError:", type(e).__name__)
