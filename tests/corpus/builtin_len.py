# len() of builtin types and user classes.

print(len(""), len("abc"), len("é"), len("\n\t"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(set()), len({1, 2, 2}), len(frozenset("aab")))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(5, 5)), len(range(0, -10, -3)))
print(len(b""), len(b"bytes"), len(bytearray(7)))
print(len({"a": 1}.keys()), len({"a": 1}.items()), len([1, 2].copy()))
print(len(range(10 ** 6)), len("x" * 1000))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(0)), len(Sized(42)))

for label, bad in [("int", 5), ("float", 1.5), ("None", None), ("function", len), ("iterator", iter([]))]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError for", label)
