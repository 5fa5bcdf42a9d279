# Closures: inner functions capturing outer variables.

def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

def outer():
    msg = "outer says hi"
    def inner():
        return msg.upper()
    return inner()

print(outer())

def make_greeters(names):
    result = []
    for name in names:
        def g(name=name):
            return "hello " + name
        result.append(g)
    return result

for g in make_greeters(["ann", "bob"]):
    print(g())

# Closure sees later rebinding of the enclosing variable.
def late():
    x = 1
    def get():
        return x
    x = 2
    return get

print(late()())

# Nested three levels.
def a():
    va = "A"
    def b():
        vb = "B"
        def c():
            return va + vb + "C"
        return c
    return b

print(a()()())

# Closures sharing the same cell.
def pair():
    data = []
    def push(v):
        data.append(v)
        return len(data)
    def peek():
        return data[-1] if data else None
    return push, peek

push, peek = pair()
print(peek())
print(push(10), push(20))
print(peek())

def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run

inc = lambda v: v + 1
print(compose(double, inc)(5))
print(compose(inc, double)(5))
print(compose()(42))
