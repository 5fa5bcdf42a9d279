# repr() and str() of builtin values.

values = [0, -12, 3.5, 1e-9, True, None, "text", "it's", "", [1, "a"], (1,), (), {"k": [1, 2]},
          {1, 2}, set(), frozenset(), b"by", range(3), 10 ** 25, -0.0, [[]], {"nested": {"d": ()}}]
for v in values:
    print("str=%s | repr=%r" % (str(v) if not isinstance(v, tuple) else str(v), v))

print(repr(repr("x")), str(repr("x")), repr(str(5)))
print(eval(repr([1, "two", 3.0, None])) == [1, "two", 3.0, None])
print(repr("multi\nline"), str("multi\nline") == "multi\nline")

class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"

print(repr(A()), str(A()), repr(B()), str(B()))
print([A(), B()], (B(),), {"k": B()})
print("%s %r" % (B(), B()), "{} {!r}".format(B(), B()))
print(str(), repr(""), str(None), repr(None))
print(repr(1.0), repr(100.0), repr(1e100), repr(float("inf")))
