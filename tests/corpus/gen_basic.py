# Generator functions: yield, laziness, state between yields.

def count_up(n):
    print("  generator started")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  generator finished")

g = count_up(3)
print("created generator, nothing ran yet")
print("first:", next(g))
print("second:", next(g))
for rest in g:
    print("loop got", rest)
print(list(g))

def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(6)), sum(squares(4)), max(squares(5)))

def letters():
    yield "a"
    yield "b"
    yield "c"

print("".join(letters()), list(enumerate(letters())))

# Generators are iterators
g = letters()
print(iter(g) is g)

# Multiple independent generators
g1, g2 = squares(3), squares(3)
print(next(g1), next(g1), next(g2))

# yield as an expression value is None when using next()
def echo():
    while True:
        received = yield
        print("  received", received)

e = echo()
next(e)
next(e)

# Generator with return stops iteration
def upto_negative(xs):
    for x in xs:
        if x < 0:
            return
        yield x

print(list(upto_negative([3, 1, 4, -1, 5])))

# Unpacking generators
a, b, c = letters()
print(a, b, c)
print(*squares(4))

# Generator objects keep local state independently
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total

print(list(running_total([1, 2, 3, 4, 5])))
print(type(g).__name__)
