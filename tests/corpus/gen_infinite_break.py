# Infinite generators with early exit.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 30:
        print("first square over 30 from", n)
        break

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

first = []
for p in primes():
    first.append(p)
    if len(first) == 15:
        break
print(first)

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def cycle(seq):
    while True:
        for x in seq:
            yield x

print(take(7, cycle("ab")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(20, fib()))
for i, f in enumerate(fib()):
    if f > 1000:
        print("first fib over 1000 is fib(%d) = %d" % (i, f))
        break

def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    else:
        for _ in range(times):
            yield value

print(list(zip(range(4), repeat("x"))))
print(list(repeat("y", 3)))

# zip stops at the shortest, even with infinite ones
print(list(zip(naturals(10), "abc", naturals(100))))

# A generator shared between two loops
g = naturals()
for x in g:
    if x == 3:
        break
for y in g:
    if y == 6:
        break
print("x", x, "y", y, "next", next(g))
