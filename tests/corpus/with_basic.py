# with statement basics: enter/exit order, as-target, return values.

class Managed:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, exc_type, exc_value, tb):
        self.log.append("exit " + self.name)
        return None

log = []
with Managed("a", log) as m:
    log.append("body uses " + m.name)
print(log)

# The as-target can be a tuple or attribute
class PairCtx:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False

with PairCtx() as (x, y):
    print("unpacked", x, y)

class Holder:
    pass
h = Holder()
with PairCtx() as h.value:
    pass
print("attribute target", h.value)

items = [None]
with PairCtx() as items[0]:
    pass
print("subscript target", items)

# without as
with Managed("no-as", log):
    pass
print(log[-2:])

# Variables assigned inside with remain afterwards
with Managed("scope", log):
    inside = 42
print("inside =", inside)

# with in a function that returns from inside the block
def get_value(log):
    with Managed("ret", log) as m:
        return "value from " + m.name

log2 = []
print(get_value(log2), log2)

# Reusing a context manager object
mgr = Managed("reused", [])
for _ in range(2):
    with mgr:
        pass
print(mgr.log)
