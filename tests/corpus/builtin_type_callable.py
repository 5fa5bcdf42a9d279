# type() and callable().

for v in [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), print, len]:
    print(type(v).__name__ if not callable(v) or isinstance(v, type) else "callable", callable(v))

class C:
    def method(self):
        pass
    def __call__(self):
        return "called"

class D:
    pass

print(callable(C), callable(C()), callable(D()), callable(C().method), callable(lambda: 0))
print(C()(), type(C()) is C, type(C) is type, type(type) is type)
print(type(1) == int, type(1) is not float, type(None).__name__)
print(isinstance(type(1), type), type(1)("42") + 1)

def make(cls, *args):
    return cls(*args)
print(make(list, "ab"), make(int, "7"), make(dict), make(str, 3.5))

kinds = {int: "integer", str: "string", list: "list"}
for v in [3, "x", [1], 2.5]:
    print(repr(v), kinds.get(type(v), "other"))
