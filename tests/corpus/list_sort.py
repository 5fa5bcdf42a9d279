# list.sort and sorted: stability, reverse, keys.

nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)

words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))

# stability: equal keys keep original order
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))

# multi-key sort via successive stable sorts
data = [("x", 2, 9), ("y", 1, 9), ("z", 2, 1), ("w", 1, 1)]
step = sorted(data, key=lambda t: t[2])
step = sorted(step, key=lambda t: t[1])
print(step)
print(sorted(data, key=lambda t: (t[1], -t[2])))

# sort returns None
r = nums.sort()
print(r)

# sorting tuples and lists lexicographically
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3], [1, 2], [1], []]))

# sort in place on slices copies
part = nums[2:5]
part.sort()
print(part, nums)

print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}))
print(sorted([0.5, -1, 2, 1e-3, 10 ** 3]))
print(sorted([], reverse=True))

# custom objects with key
class Emp:
    def __init__(self, name, salary):
        self.name, self.salary = name, salary
emps = [Emp("a", 300), Emp("b", 100), Emp("c", 200)]
print([e.name for e in sorted(emps, key=lambda e: e.salary)])
print(max(emps, key=lambda e: e.salary).name)
