# round() builtin on ints and floats.

print(round(3.7), round(3.2), round(-3.7), round(-3.2), round(0.5), round(1.5), round(2.5))
print(round(3.14159, 2), round(2.71828, 3), round(-1.005, 2), round(1e-7, 5))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(123.456, -2))
print(round(5), round(5, 3), round(-5, -1), round(15, -1), round(25, -1))
print(type(round(3.5)).__name__, type(round(3.5, 1)).__name__, type(round(7, 2)).__name__)
print([round(x / 10) for x in range(0, 31, 5)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45)])

class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return Money(round(self.v, ndigits if ndigits is not None else 0))
    def __repr__(self):
        return "Money(%r)" % self.v

print(round(Money(2.567), 2), round(Money(2.5)))

scores = [88.456, 92.5, 79.999, 100.0]
print([round(s) for s in scores], [round(s, 1) for s in scores])
print(round(sum(scores) / len(scores), 2))
