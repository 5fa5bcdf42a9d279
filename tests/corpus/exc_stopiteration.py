# StopIteration: from next(), its value attribute, and default next().

it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration, args:", e.args, "value:", e.value)

print(next(it, "default"), next(iter([]), None))

def gen():
    yield 1
    return "the return value"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator returned:", e.value, e.args)

# Manual loop driving an iterator
def manual_sum(iterable):
    it = iter(iterable)
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            break
    return total

print(manual_sum(range(10)), manual_sum([]), manual_sum((5,)))

class Three:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done counting")
        return self.n

t = Three()
print(list(t))
try:
    next(t)
except StopIteration as e:
    print("custom StopIteration:", e)

e = StopIteration(42)
print(e.value, str(e))

# dict iterator exhausted
di = iter({"a": 1})
print(next(di), next(di, "end"))
