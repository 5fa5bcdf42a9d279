# Functions returning from different places; implicit None returns.

def describe(x):
    if isinstance(x, int):
        if x < 0:
            return "negative int"
        return "non-negative int"
    if isinstance(x, str):
        for ch in x:
            if ch.isdigit():
                return "string containing digit " + ch
        return "plain string"
    # falls through

for v in [-1, 5, "abc", "ab3c", 2.5, None]:
    print(repr(v), "->", describe(v))

def nothing():
    pass

def bare_return():
    return

def early_exit(items):
    total = 0
    for i in items:
        if i is None:
            return total, "stopped"
        total += i
    return total, "complete"

print(nothing(), bare_return())
print(early_exit([1, 2, 3]))
print(early_exit([1, None, 3]))

def multi():
    return 1, "two", [3]

a, b, c = multi()
print(a, b, c, multi())

def loop_return(n):
    i = 0
    while True:
        if i * i > n:
            return i
        i += 1

print([loop_return(n) for n in (0, 1, 8, 9, 100)])

def nested_return(x):
    def helper(y):
        if y:
            return "helper:" + str(y)
    r = helper(x)
    if r is None:
        return "helper returned None"
    return r

print(nested_return(0), nested_return(7))
