# Context managers that suppress exceptions vs. ones that do not.

class Suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            self.caught = exc
            return True
        return False

with Suppress(KeyError) as s:
    {}["missing"]
    print("not printed")
print("suppressed:", repr(s.caught))

with Suppress(ValueError, TypeError) as s:
    int("bad")
print("suppressed:", repr(s.caught))

with Suppress(ZeroDivisionError) as s:
    print("no exception here")
print("caught is None:", s.caught is None)

try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed, escaped:", e)

# Suppression by base class
with Suppress(LookupError) as s:
    [1, 2][9]
print("LookupError suppressed", type(s.caught).__name__)

# Return value truthiness decides suppression
class Truthy:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return self.value

for v in [1, "yes", [0], 0, "", None]:
    try:
        with Truthy(v):
            raise RuntimeError("x")
        print(repr(v), "suppresses")
    except RuntimeError:
        print(repr(v), "does not suppress")

# Suppressing inside a loop: loop continues
results = []
for x in [1, 0, 2, 0, 4]:
    with Suppress(ZeroDivisionError):
        results.append(12 // x)
print(results)

# Code after the exception inside the block is skipped
steps = []
with Suppress(ValueError):
    steps.append(1)
    raise ValueError
    steps.append(2)
steps.append(3)
print(steps)
