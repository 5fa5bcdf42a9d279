# Lambda expressions.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))

pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(sorted(pairs, key=lambda p: len(p[1])))

print(list(map(lambda x: x * 2 + 1, range(6))))
print(list(filter(lambda s: s.startswith("t"), ["two", "one", "ten", "six"])))

# Lambda returning lambda
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(1), adder(100)(1))

# Lambdas in a dict dispatch table
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
}
for sym in ops:
    print(17, sym, 5, "=", ops[sym](17, 5))

# Lambda with *args and **kwargs
count_all = lambda *a, **k: len(a) + len(k)
print(count_all(), count_all(1, 2), count_all(1, x=2, y=3))

# Conditional expression in lambda
sign = lambda x: "neg" if x < 0 else ("zero" if x == 0 else "pos")
print([sign(v) for v in (-3, 0, 8)])

# Immediately invoked
print((lambda x, y: x * y)(6, 7))

# lambda __name__
print(square.__name__)

# lambdas in a loop capture variable, not value
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
