# Argument unpacking in calls: f(*seq), f(**mapping), and combinations.

def f(a, b, c=0, d=0):
    return "a=%s b=%s c=%s d=%s" % (a, b, c, d)

args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(f(*args))
print(f(*args, **kwargs))
print(f(*[5, 6, 7]))
print(f(*"xy", d="D"))
print(f(*range(4)))
print(f(1, *[2], **{"d": 9}))
print(f(**{"a": "A", "b": "B"}))
print(f(*(1,), *(2,), **{"c": 3}, **{"d": 4}))

def show(*args, **kw):
    return args, sorted(kw.items())

print(show(*[1, 2], 3, *(4, 5)))
print(show(**{"x": 1}, y=2))

gen = (i * i for i in range(4))
print(show(*gen))

d = {"b": 20, "a": 10}
print(f(**d))

try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print("TypeError:", e)

try:
    f(1, **{"a": 1, "b": 2})
except TypeError as e:
    print("TypeError:", e)

# print with unpacking
words = ["alpha", "beta", "gamma"]
print(*words)
print(*words, sep=", ")
print(*range(5), sep="")
print(*[], "empty-star")
