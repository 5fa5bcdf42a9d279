# Exceptions raised inside generators, caught by the consumer or the generator.

def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed after 2")
    yield 3

got = []
try:
    for n in numbers():
        got.append(n)
except ValueError as e:
    print("caught:", e, "after", got)

def guarded(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError:
            yield "skip"

print(list(guarded([1, 2, 0, 5])))

# A generator that raised is finished
g = numbers()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("third next raised", e)
print(next(g, "exhausted"))

# Exception raised in consumer while generator suspended in try/finally
def with_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator cleanup")

wc = with_cleanup()
try:
    for x in wc:
        print("consumer got", x)
        raise KeyError("consumer error")
except KeyError as e:
    print("consumer error caught", e)
wc.close()  # explicit: do not rely on garbage collection timing

# StopIteration inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

def uses_next(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v * 2

print(list(uses_next(iter([1, 2, 3]))))

# exceptions in generator expressions
try:
    print(sum(1 / x for x in [1, 2, 0]))
except ZeroDivisionError as e:
    print("genexp:", e)
