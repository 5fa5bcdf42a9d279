# globals() and locals() used in deterministic ways.

counter = 10
name = "module"

g = globals()
print(g["counter"], g["name"], "counter" in g, "nonexistent" in g)
g["created_dynamically"] = 123
print(created_dynamically)

def show_locals(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())

print(show_locals(1))
print(show_locals(5, b=10))

def no_locals():
    return locals()
print(no_locals())

def update_global(key, value):
    globals()[key] = value

update_global("counter", 99)
print(counter)

print(globals()["__name__"])
print(sorted(k for k in globals() if not k.startswith("_")))

class Scope:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("_"))
print(Scope.names)
