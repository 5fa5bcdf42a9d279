# Simple decorators.

def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("world"))

call_log = []

def logged(func):
    def wrapper(*args):
        call_log.append(func.__name__ + str(args))
        return func(*args)
    return wrapper

@logged
def add(a, b):
    return a + b

@logged
def neg(a):
    return -a

print(add(2, 3), neg(4), add(neg(1), 1))
print(call_log)

def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    return None

for _ in range(5):
    noop()
print("noop called", noop.calls, "times")

# Stacked decorators apply bottom-up.
def bracket(func):
    def wrapper():
        return "[" + func() + "]"
    return wrapper

def brace(func):
    def wrapper():
        return "{" + func() + "}"
    return wrapper

@bracket
@brace
def word():
    return "w"

print(word())

# Decorator that registers functions.
registry = {}
def register(func):
    registry[func.__name__] = func
    return func

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry))
print(registry["beta"](), alpha())

# Memoising decorator.
def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(80))
