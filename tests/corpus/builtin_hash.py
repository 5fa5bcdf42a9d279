# hash() of ints, bools, floats equal to ints, and tuples of ints.

print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(10 ** 6))
print(hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 61)))
print(hash(1.0) == hash(1), hash(0.0) == hash(0) == hash(-0.0), hash(2.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()), hash((1,)) != hash(1))
print(hash((1, 2, 3)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __hash__(self):
        return hash((self.a, self.b))
    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)

print(hash(Key(1, 2)) == hash(Key(1, 2)), hash(Key(1, 2)) == hash((1, 2)))

class Fixed:
    def __hash__(self):
        return 12345
print(hash(Fixed()))

for bad in [[1], {"a": 1}, {1, 2}, (1, [2])]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
