# Classes implementing __enter__/__exit__.

class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("<%s>" % self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("</%s>" % self.name)
        return False

with Tag("html"):
    with Tag("body") as body:
        print("body tag object name:", body.name)

class Resource:
    opened = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Resource.opened += 1
        print("open", self.label, "count", Resource.opened)
        return self.label.upper()
    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        print("close", self.label, "exc:", exc_type.__name__ if exc_type else None)

with Resource("db") as handle:
    print("using", handle)

try:
    with Resource("net") as h:
        print("using", h)
        raise ValueError("connection lost")
except ValueError as e:
    print("caught", e)
print("open count", Resource.opened)

class Timer:
    """Fake timer: counts the number of statements we claim to run."""
    def __init__(self):
        self.steps = 0
    def tick(self):
        self.steps += 1
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("steps:", self.steps)

with Timer() as t:
    for _ in range(7):
        t.tick()

# __enter__ returning something other than self
class Opener:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, a, b, c):
        pass

with Opener() as data:
    print(sum(data))

class Missing:
    pass
try:
    with Missing():
        pass
except (TypeError, AttributeError) as e:
    print("cannot use as context manager:", type(e).__name__)
