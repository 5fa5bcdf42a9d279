# Decorator factories (decorators taking arguments) and decorating methods.

def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def ping(x):
    return "ping" + str(x)

print(ping(1))

def prefix(p):
    def deco(func):
        def wrapper(s):
            return p + func(s)
        return wrapper
    return deco

@prefix(">> ")
@prefix("# ")
def ident(s):
    return s

print(ident("text"))

def validate(lo, hi):
    def deco(func):
        def wrapper(v):
            if not lo <= v <= hi:
                raise ValueError("%d out of range %d..%d" % (v, lo, hi))
            return func(v)
        return wrapper
    return deco

@validate(0, 10)
def half(v):
    return v / 2

for v in (4, 10, 11, -1):
    try:
        print(half(v))
    except ValueError as e:
        print("error:", e)

def trace(func):
    def wrapper(self, *args):
        print("calling", func.__name__, "with", args)
        return func(self, *args)
    return wrapper

class Calc:
    def __init__(self):
        self.acc = 0

    @trace
    def add(self, n):
        self.acc += n
        return self

    @trace
    def mul(self, n):
        self.acc *= n
        return self

c = Calc()
c.add(3).mul(4).add(1)
print(c.acc)

# Decorator applied manually
def double_result(f):
    return lambda *a: 2 * f(*a)

def three():
    return 3

three2 = double_result(three)
print(three(), three2(), double_result(double_result(three))())
