# Conditional expressions: a if cond else b.

for n in range(-2, 3):
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")

def abs_val(x):
    return x if x >= 0 else -x
print([abs_val(v) for v in (-3, 0, 4)])

# only the selected branch is evaluated
def boom():
    raise RuntimeError("should not run")
print("safe" if True else boom())
print(boom() if False else "also safe")

# nesting and precedence
x = 7
print("big" if x > 5 else "small", ("a" if x else "b") + "!")
print(1 + (10 if x > 100 else 20))
print([("F" if i % 15 == 0 else "f" if i % 3 == 0 else "b" if i % 5 == 0 else i) for i in range(1, 16)])

# inside lambdas and comprehensions
clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in (-5, 5, 15)])

# conditional with truthiness
name = ""
print(name if name else "<empty>")
items = [0]
print("has items" if items else "no items")

# as argument and in f-strings
print(max(3, 9) if x else min(3, 9))
n = 1
print(f"{n} item{'s' if n != 1 else ''}")
n = 3
print(f"{n} item{'s' if n != 1 else ''}")
