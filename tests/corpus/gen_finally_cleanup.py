# try/finally inside generators: when does cleanup run?

def managed(name):
    print("  open", name)
    try:
        for i in range(3):
            yield "%s-%d" % (name, i)
    finally:
        print("  close", name)

print(list(managed("full")))

g = managed("partial")
print(next(g))
g.close()

def with_ctx():
    class Ctx:
        def __enter__(self):
            print("  ctx enter")
            return self
        def __exit__(self, *a):
            print("  ctx exit")
    with Ctx():
        yield 1
        yield 2

print(list(with_ctx()))
g = with_ctx()
print(next(g))
g.close()
print("after close")

def returns_in_finally():
    try:
        yield "a"
        return
    finally:
        print("  finally before StopIteration")

print(list(returns_in_finally()))

def exception_cleanup():
    try:
        yield 1
        raise ValueError("inside gen")
    finally:
        print("  cleanup on error")

try:
    for v in exception_cleanup():
        print("got", v)
except ValueError as e:
    print("caught", e)
