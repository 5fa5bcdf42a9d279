# isinstance and issubclass with classes, builtins and tuples.

class A: pass
class B(A): pass
class C(B): pass
class D: pass

objs = [A(), B(), C(), D()]
for o in objs:
    name = type(o).__name__
    print(name, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (B, D)))

print(issubclass(C, A), issubclass(A, C), issubclass(B, B), issubclass(D, (A, B)), issubclass(D, (A, D)))
print(issubclass(C, object), isinstance(C(), object))

values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {3}, None, True, len, A]
for v in values:
    kinds = []
    for t in (int, float, str, bytes, list, tuple, dict, set, bool, type):
        if isinstance(v, t):
            kinds.append(t.__name__)
    print(repr(v) if not callable(v) else "<callable>", kinds)

print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(isinstance(A, type), isinstance(int, type), type(A) is type)

try:
    isinstance(1, "int")
except TypeError as e:
    print("isinstance with a str:", type(e).__name__)
try:
    issubclass(1, int)
except TypeError as e:
    print("issubclass with an int:", type(e).__name__)
