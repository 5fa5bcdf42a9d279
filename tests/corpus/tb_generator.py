# Uncaught exception raised inside a generator while it is being consumed.

def reciprocals(values):
    for v in values:
        yield 1 / v

total = 0
for r in reciprocals([1, 2, 4, 0, 5]):
    total += r
    print("running total", total)
print("not reached")
