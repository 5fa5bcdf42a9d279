# Functions as first-class values.

def square(x):
    return x * x

def cube(x):
    return x * x * x

def negate(x):
    return -x

funcs = [square, cube, negate, abs]
for fn in funcs:
    print(fn.__name__, [fn(v) for v in (-2, 3)])

table = {"sq": square, "cu": cube}
print(table["cu"](4))

def apply_twice(fn, x):
    return fn(fn(x))

print(apply_twice(square, 3), apply_twice(negate, 5))

def pick(name):
    if name == "square":
        return square
    return cube

print(pick("square")(9), pick("other")(2))

alias = square
print(alias is square, alias(11), alias.__name__)

# Attributes on function objects
def tagged():
    return tagged.tag

tagged.tag = "hello"
print(tagged())

# Functions compared by identity
print(square == square, square == cube)

# Functions in sort keys
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))

# Methods as functions
upper = str.upper
print(list(map(upper, ["a", "bc"])))
lst = []
push = lst.append
push(1)
push(2)
print(lst)

print(callable(square), callable(3), callable(str.upper), callable(lst.append))
