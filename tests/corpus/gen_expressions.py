# Generator expressions.

squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(sum(x * x for x in range(10) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min((abs(x - 7), x) for x in [1, 5, 9, 12]))
print(any(c.isdigit() for c in "abc1"), all(c.islower() for c in "abC"))
print(",".join(str(n) for n in range(5)))
print(sorted((n % 3, n) for n in range(7)))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(c.upper() for c in "hey"))
print(set(n % 4 for n in range(20)) == {0, 1, 2, 3})

# Nested generator expressions
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix))
print(list(x for row in matrix for x in row if x % 2 == 0))

# Generator expression is lazy: the source is read as consumed
src = [1, 2, 3]
g = (x * 10 for x in src)
src.append(4)
print(list(g))

# Chained generators
nums = range(1, 20)
evens = (n for n in nums if n % 2 == 0)
squared = (n * n for n in evens)
small = (n for n in squared if n < 200)
print(list(small))

# Only the first iterable is evaluated immediately
def noisy(n):
    print("  building range", n)
    return range(n)
g = (x for x in noisy(3))
print("generator created")
print(list(g))

# Early termination
def gen_count():
    n = 0
    while True:
        yield n
        n += 1
first_big = next(x for x in gen_count() if x * x > 50)
print(first_big)
