# Benchmark: chained generators, generator expressions and yield from.
N = 60000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunks_it):
    for c in chunks_it:
        yield from c


def pipeline(n):
    total = 0
    count = 0
    for chunk in chunks(squares(evens(numbers(n))), 64):
        total += sum(v % 1000 for v in chunk)
        count += 1
    mod_sum = sum(x % 97 for x in flatten(chunks(numbers(n // 2), 10)))
    return total, count, mod_sum


print("generators_pipeline", N, *pipeline(N))
