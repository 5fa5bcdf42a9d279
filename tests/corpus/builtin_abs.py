# abs() on ints, floats, bools, big ints and user classes.

print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(3.5))
print(abs(True), abs(False), abs(-(10 ** 30)), abs(float("-inf")))
print([abs(x) for x in range(-3, 4)])
print(sorted([-7, 3, -1, 5], key=abs))
print(abs(-7) == 7, abs(-7.0) == 7, type(abs(-7)).__name__, type(abs(-7.0)).__name__)

def distance(a, b):
    return abs(a - b)
print(distance(3, 10), distance(10, 3), distance(-4.5, 4.5))

class Delta:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Delta(abs(self.v))
    def __repr__(self):
        return "Delta(%r)" % self.v

print(abs(Delta(-3)), abs(Delta(2.5)))

try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    abs(None)
except TypeError as e:
    print("TypeError:", e)
