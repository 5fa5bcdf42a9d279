# Nested with statements and multiple context managers in one with.

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        if self.fail_enter:
            print("enter", self.name, "FAILS")
            raise RuntimeError("enter " + self.name)
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, "with", et.__name__ if et else "no exception")
        return self.suppress

with CM("outer") as o:
    with CM("inner") as i:
        print("body", o, i)

print("-- multiple items --")
with CM("A") as a, CM("B") as b, CM("C") as c:
    print("body", a, b, c)

print("-- exception in body --")
try:
    with CM("A"), CM("B"):
        raise ValueError("body error")
except ValueError as e:
    print("caught", e)

print("-- inner suppresses --")
with CM("A"), CM("B", suppress=True):
    raise ValueError("suppressed by B")
print("after suppression")

print("-- second enter fails --")
try:
    with CM("A"), CM("B", fail_enter=True), CM("C"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

print("-- outer suppresses inner's propagated error --")
with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("k")
    print("not reached")
print("done")
