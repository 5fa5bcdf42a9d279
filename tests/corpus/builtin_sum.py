# sum(): start values, floats, generators, and the string restriction.

print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], 100), sum(range(1, 11)))
print(sum([0.1] * 10), sum([0.5, 0.25]), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(5)), sum((1, 2, 3), start=10))
print(sum({1: "a", 2: "b"}), sum({3, 4}), sum(range(0)))
print(sum([10 ** 20, 10 ** 20, -(10 ** 20)]))
print(sum([1e100, 1.0, -1e100]))

try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)

prices = {"pen": 1.25, "book": 12.5, "bag": 30.0}
print(sum(prices.values()), round(sum(prices.values()) * 1.08, 2))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(row) for row in matrix), [sum(col) for col in zip(*matrix)])
print(sum(len(w) for w in "count all the letters".split()))

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))
    def __radd__(self, other):
        return self.__add__(other)
print(sum([Vec(1), Vec(2), Vec(3)]).x, sum([Vec(1)], Vec(10)).x)
