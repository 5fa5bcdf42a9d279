# Exceptions and __exit__: seeing the exception, suppressing, raising in __exit__.

class Watch:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: clean")
        else:
            print("  exit saw", exc_type.__name__, exc, "| tb given:", tb is not None)
        return self.suppress

with Watch():
    print("body ok")

try:
    with Watch():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)

with Watch(suppress=True):
    raise KeyError("suppressed")
print("continued after suppressed error")

class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("exit failed")

try:
    with FailingExit():
        print("body runs")
except RuntimeError as e:
    print("RuntimeError from __exit__:", e)

try:
    with FailingExit():
        raise ValueError("body error")
except RuntimeError as e:
    print("exit error replaces body error:", e, "| context:", repr(e.__context__))

class FailingEnter:
    def __enter__(self):
        raise IndexError("enter failed")
    def __exit__(self, *args):
        print("never called")

try:
    with FailingEnter():
        print("never runs")
except IndexError as e:
    print("IndexError from __enter__:", e)

# suppression only applies to matching exceptions
class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)

for exc in [ZeroDivisionError, KeyError, TypeError]:
    try:
        with Ignore(ArithmeticError, LookupError):
            raise exc("x")
        print(exc.__name__, "ignored")
    except Exception as e:
        print(type(e).__name__, "escaped")
