# Boolean operators return operands and short-circuit.

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print(None and "x", [] or {} or "last")
print(0 or 0.0 or "" or None)
print(1 and "a" and [1] and (2,))
print(not 1, not 0, not [], not [0])
print(True and False or True, True and (False or False))

trace = []
def t(v):
    trace.append(v)
    return v

r = t(0) and t(1)
print(r, trace)
trace.clear()
r = t(1) or t(2)
print(r, trace)
trace.clear()
r = t(0) or t("") or t("x") or t("never")
print(repr(r), trace)
trace.clear()
r = t(1) and t(2) and t(0) and t(3)
print(r, trace)

# Common idioms
def greet(name=None):
    name = name or "stranger"
    return "hello " + name
print(greet(), greet("ann"))

d = {}
value = d.get("k") and d["k"].upper()
print(value)
d["k"] = "set"
print(d.get("k") and d["k"].upper())

items = [3, 0, 5]
print([x and 10 // x for x in items])

# precedence: not > and > or
print(not True or True, not (True or True))
print(False or True and False, (False or True) and False)
print(1 or 0 and 0)

# bool() of the results
print(bool(0 or []), bool(1 and "x"))
