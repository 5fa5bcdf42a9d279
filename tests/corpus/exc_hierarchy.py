# The builtin exception hierarchy: catching via base classes.

def trigger(kind):
    if kind == "key":
        {}["x"]
    elif kind == "index":
        [1][5]
    elif kind == "zero":
        1 // 0
    elif kind == "float_zero":
        1.0 / 0
    elif kind == "value":
        int("q")
    elif kind == "type":
        "a" + 1
    elif kind == "attr":
        (1).nothing
    elif kind == "name":
        undefined_name_here
    elif kind == "overflow":
        2.0 ** 10000
    elif kind == "stop":
        next(iter([]))
    elif kind == "notimpl":
        raise NotImplementedError
    elif kind == "assert":
        assert False

bases = [LookupError, ArithmeticError, ValueError, TypeError, AttributeError,
         NameError, RuntimeError, StopIteration, AssertionError, Exception]

for kind in ["key", "index", "zero", "float_zero", "value", "type", "attr",
             "name", "overflow", "stop", "notimpl", "assert"]:
    try:
        trigger(kind)
    except Exception as e:
        matched = [b.__name__ for b in bases if isinstance(e, b)]
        print("%-10s %-20s %s" % (kind, type(e).__name__, matched))

print(issubclass(UnboundLocalError, NameError))
print(issubclass(NotImplementedError, RuntimeError))
print(issubclass(RecursionError, RuntimeError))
print(issubclass(OverflowError, ArithmeticError))
print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))

try:
    [][0]
except LookupError as e:
    print("LookupError handler got", type(e).__name__)

try:
    {}[0]
except (IndexError, KeyError) as e:
    print("tuple handler got", type(e).__name__)
