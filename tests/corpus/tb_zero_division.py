# Uncaught ZeroDivisionError in a nested expression inside a loop.

def ratio(a, b):
    return a // b

pairs = [(10, 2), (9, 3), (7, 0), (1, 1)]
for a, b in pairs:
    print(a, "//", b, "=", ratio(a, b))
