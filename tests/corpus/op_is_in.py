# Identity (is / is not) and membership (in / not in).

a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))

x = None
if x is None:
    print("x is None")
x = 0
print(x is not None, x == None)

print(True is True, (1 == 1) is True)

# membership in various containers
print(2 in a, 5 in a, 5 not in a)
print("ell" in "hello", "xyz" in "hello", "" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1})
print(3 in {1, 2, 3}, (1, 2) in [(1, 2), (3, 4)])
print(4 in range(0, 10, 2), 5 in range(0, 10, 2), 10 in range(10))
print(1 in (1.0,), 1.0 in [True])
print([1] in [[1], [2]], "a" in ["abc"])
print(b"b" in b"abc", 98 in b"abc")

nested = [[1, 2], [3]]
print(3 in nested, [3] in nested)

# in with generators consumes them
g = (i for i in range(10))
print(5 in g, list(g))

# not in is a single operator
print(not 1 in [2], 1 not in [2])

# is for small ints / strings is an implementation detail; avoid it.
# Identity of same object through function
def same(o):
    return o
obj = {"k": "v"}
print(same(obj) is obj)
