# generator.throw(): raising exceptions inside a suspended generator.

def resilient():
    while True:
        try:
            value = yield "ready"
            print("  got", value)
        except ValueError as e:
            print("  generator handled ValueError:", e)
            yield "recovered"

g = resilient()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad input")))
print(next(g))

def fragile():
    yield 1
    yield 2

g = fragile()
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out of generator:", e)
print(next(g, "generator is closed now"))

# throw into a generator with finally
def cleanup():
    try:
        yield "working"
        yield "still working"
    finally:
        print("  cleanup ran")

g = cleanup()
next(g)
try:
    g.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("caught", e)

# throw an exception class (not instance)
def catcher():
    try:
        yield
    except IndexError as e:
        print("  caught class-thrown", type(e).__name__, e.args)
        yield "after catch"

g = catcher()
next(g)
print(g.throw(IndexError))

# throw into a generator that has not started raises immediately
g = fragile()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted generator raised:", e)

# throw value returned by the generator's next yield
def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ArithmeticError:
            n = 100

c = counter()
print(next(c), next(c), c.throw(ZeroDivisionError), next(c))
