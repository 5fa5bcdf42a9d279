# sorted(): any iterable, key functions, reverse, stability.

print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True), sorted("Hello World", key=str.lower))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([-5, 3, -1, 4], key=abs), sorted([-5, 3, -1, 4], key=lambda x: -x))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([[2, 1], [1, 2], [1]]))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
print(sorted([], key=len), sorted([1]))
print(sorted([0.5, 1, -2, 3.5]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))

data = {"bob": 72, "amy": 95, "cat": 72, "dan": 88}
print(sorted(data))
print(sorted(data, key=data.get))
print(sorted(data.items(), key=lambda kv: (-kv[1], kv[0])))

original = [5, 2, 8]
result = sorted(original)
print(original, result, original is result)

# stability with reverse: equal elements keep original relative order
items = [("a", 1), ("b", 2), ("c", 1), ("d", 2)]
print(sorted(items, key=lambda t: t[1], reverse=True))

class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __repr__(self):
        return self.name + ":" + str(self.grade)
roster = [Student("z", 3), Student("y", 1), Student("x", 3)]
print(sorted(roster, key=lambda s: s.grade))
print(sorted(roster, key=lambda s: (s.grade, s.name)))

try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
