# __call__: callable instances.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

add3 = Adder(3)
print(add3(4), callable(add3), callable(Adder))
print(list(map(add3, [1, 2, 3])))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, sorted(kwargs.items()))

c = Counter()
print(c())
print(c(1, 2, k="v"))
print(c.calls)

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs  # lowest degree first
    def __call__(self, x):
        total = 0
        for power, c in enumerate(self.coeffs):
            total += c * x ** power
        return total
    def __repr__(self):
        terms = []
        for power, c in enumerate(self.coeffs):
            if c:
                terms.append("%d*x^%d" % (c, power))
        return " + ".join(terms) or "0"

p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(-2, 3)])

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n in self.cache:
            return self.cache[n]
        r = self.fn(n)
        self.cache[n] = r
        return r

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()))
