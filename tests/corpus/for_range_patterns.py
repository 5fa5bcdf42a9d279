# Common for-loop patterns over range, lists, strings, dicts.

print([i for i in range(5)])
print(list(range(2, 10, 3)))
print(list(range(10, 0, -2)))
print(list(range(-3, 3)))

total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)

names = ["ann", "bob", "cyd"]
for i in range(len(names)):
    print(i, names[i])
for i, name in enumerate(names, 1):
    print(i, name.title())

for ch in "abc":
    print(ch, ord(ch))

ages = {"ann": 31, "bob": 25}
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(name, "->", age)

for a, b in zip(range(3), "xyz"):
    print(a, b)

# Iterating in reverse
for i in reversed(range(3)):
    print("rev", i)
for name in reversed(names):
    print("rev", name)

# Modifying a list while iterating over a copy
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)

# Loop variable reassigned in body does not affect iteration
for i in range(3):
    print("i before", i)
    i = 100
print("i after loop", i)

# Accumulating pairs
pairs = []
for i in range(3):
    for j in range(i + 1, 4):
        pairs.append((i, j))
print(pairs, len(pairs))

# range with big step and empty ranges
print(list(range(0, 100, 33)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
