# Messages of KeyError and IndexError.

d = {"a": 1, 2: "two", (1, 2): "tuple"}
for key in ["b", 3, (1, 3), None, "", "quote'd"]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)

lst = [10, 20, 30]
for idx in [3, -4, 100]:
    try:
        lst[idx]
    except IndexError as e:
        print("IndexError", e)

try:
    lst[5] = 1
except IndexError as e:
    print("IndexError", e)

try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError", e)

try:
    "abc"[3]
except IndexError as e:
    print("IndexError", e)

try:
    [].pop()
except IndexError as e:
    print("IndexError", e)

try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError", e)

try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)

try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)

try:
    set().pop()
except KeyError as e:
    print("KeyError", e)

try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

try:
    del lst[7]
except IndexError as e:
    print("IndexError", e)

try:
    {}.pop("gone")
except KeyError as e:
    print("KeyError", e)

print({}.pop("gone", "default ok"))
print(b"ab"[1])
try:
    b"ab"[2]
except IndexError as e:
    print("IndexError", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError", e)
