# Default parameter values: evaluation, override, and mixing with positional args.

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Dee", punct="."))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(2, exp=10))

# Defaults are evaluated once, at definition time.
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), counter)

# Default that is None, replaced inside the function.
def collect(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(collect(1))
print(collect(2))
b = [0]
print(collect(3, b), b)

# Defaults referencing earlier expressions.
def scale(values, factor=2 * 3, offset=-1):
    return [v * factor + offset for v in values]

print(scale([1, 2, 3]))
print(scale([1, 2, 3], 1, 0))

def describe(a, b=1, *rest, c=5):
    return (a, b, rest, c)

print(describe(0))
print(describe(0, 9))
print(describe(0, 9, 8, 7))
print(describe(0, c=100))

