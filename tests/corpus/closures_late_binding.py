# Late binding of closure variables in loops, and the usual fixes.

funcs = []
for i in range(4):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])

def make(i):
    return lambda: i * 10

funcs = [make(i) for i in range(4)]
print([f() for f in funcs])

def build():
    fs = []
    for name in ["x", "y", "z"]:
        def f():
            return name
        fs.append(f)
    return fs

print([f() for f in build()])

def build_fixed():
    fs = []
    for name in ["x", "y", "z"]:
        def wrap(n):
            def f():
                return n
            return f
        fs.append(wrap(name))
    return fs

print([f() for f in build_fixed()])

# The variable can change after the closure is created.
def observer():
    value = "first"
    get = lambda: value
    print(get())
    value = "second"
    print(get())
    return get

g = observer()
print(g())
