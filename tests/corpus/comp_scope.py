# Scoping rules of comprehensions.

x = "outer x"
result = [x for x in range(3)]
print(result, x)  # the loop variable does not leak

n = 10
print([n * i for i in range(3)])  # outer name visible

def f():
    factor = 3
    return [factor * i for i in range(4)]
print(f())

class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]  # first iterable evaluated in class scope
print(Holder.doubled)

# comprehension inside a function referencing function locals and args
def scale_all(items, k):
    return {name: val * k for name, val in items}
print(scale_all([("a", 1), ("b", 2)], 100))

# nested comprehension references the outer comprehension variable
print([[i * j for j in range(3)] for i in range(3)])

# lambdas created in comprehension capture the variable, not the value
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

# generator expression variable does not leak either
total = sum(y for y in range(5))
try:
    y
except NameError:
    print("y not defined after generator expression; total =", total)

# comprehension can read a global that is defined later than the function
def later():
    return [g * 2 for g in GLOBAL_LIST]
GLOBAL_LIST = [5, 6]
print(later())
