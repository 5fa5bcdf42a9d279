# TypeErrors produced by calling functions with the wrong arguments.

def none():
    return 0

def one(a):
    return a

def two(a, b):
    return a + b

def opt(a, b=1):
    return a

cases = [
    (lambda: none(1), "none(1)"),
    (lambda: one(), "one()"),
    (lambda: one(1, 2), "one(1, 2)"),
    (lambda: two(1), "two(1)"),
    (lambda: two(), "two()"),
    (lambda: two(1, 2, 3), "two(1, 2, 3)"),
    (lambda: opt(), "opt()"),
    (lambda: opt(1, 2, 3), "opt(1, 2, 3)"),
    (lambda: one(b=1), "one(b=1)"),
    (lambda: two(1, a=2), "two(1, a=2)"),
]

for fn, text in cases:
    try:
        fn()
        print(text, "-> ok")
    except TypeError as e:
        print(text, "->", e)

class K:
    def method(self, x):
        return x

k = K()
try:
    k.method()
except TypeError as e:
    print("k.method() ->", e)
try:
    k.method(1, 2)
except TypeError as e:
    print("k.method(1, 2) ->", e)

try:
    K(5)
except TypeError as e:
    print("K(5) ->", e)

try:
    len()
except TypeError as e:
    print("len() ->", type(e).__name__)

five = 5
try:
    five()
except TypeError as e:
    print("5() ->", e)

text = "abc"
try:
    text()
except TypeError as e:
    print('"abc"() ->', e)

x = None
try:
    x()
except TypeError as e:
    print("None() ->", e)
