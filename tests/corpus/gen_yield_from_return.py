# Return values from generators captured with yield from.

def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return (count, total / count if count else 0)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {
    "girls;kg": [40.9, 38.5, 44.3],
    "boys;m": [1.38, 1.5, 1.32, 1.25],
}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key in sorted(results):
    count, avg = results[key]
    print("%2d %-8s averaging %.2f" % (count, key, avg))

def gen_with_return(n):
    for i in range(n):
        yield i
    return "returned %d" % n

def collect():
    r1 = yield from gen_with_return(2)
    print("  r1 =", r1)
    r2 = yield from gen_with_return(0)
    print("  r2 =", r2)
    return r1 + " / " + r2

g = collect()
items = []
try:
    while True:
        items.append(next(g))
except StopIteration as stop:
    print("items", items, "final", stop.value)

# yield from a plain iterator returns None
def from_list():
    r = yield from [1, 2]
    yield "result was " + repr(r)

print(list(from_list()))

# Nested delegation three levels
def level3():
    yield "L3"
    return 3
def level2():
    v = yield from level3()
    yield "L2 got %d" % v
    return v * 2
def level1():
    v = yield from level2()
    yield "L1 got %d" % v

print(list(level1()))
