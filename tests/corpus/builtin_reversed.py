# reversed(): sequences, ranges, custom __reversed__ / __len__+__getitem__.

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed([])))
print("".join(reversed("stressed")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))

r = reversed([10, 20, 30])
print(next(r), next(r), next(r), next(r, "end"))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))

c = Countdown(4)
print(list(c), list(reversed(c)))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i

print(list(reversed(Seq())))

for i, ch in enumerate(reversed("xyz")):
    print(i, ch)

try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError raised for iterator:", type(e).__name__)
