# dict.pop, dict.popitem, del, and clear.

d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "fallback"), d)
print(d.pop("a", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)

d = {"x": 1, "y": 2, "z": 3}
print(d.popitem(), d)   # last inserted
d["w"] = 0
print(d.popitem(), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)

e = {i: i * i for i in range(5)}
del e[2]
print(e)
e.clear()
print(e, len(e))

# draining a dict in LIFO order
stack = {"first": 1, "second": 2, "third": 3}
while stack:
    k, v = stack.popitem()
    print("popped", k, v)

# pop with default inside a loop
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "kiwis", "pears"]:
    n = inventory.pop(fruit, 0)
    print(fruit, n, inventory)
