# Benchmark: raising and catching exceptions in a loop, try/finally, custom classes.
N = 40000


class ParseError(Exception):
    def __init__(self, pos):
        super().__init__(pos)
        self.pos = pos


def parse(i):
    if i % 7 == 0:
        raise ParseError(i)
    if i % 11 == 0:
        raise KeyError(i)
    return i * 2


def run(n):
    ok = errors = keys = cleanups = 0
    acc = 0
    for i in range(n):
        try:
            try:
                acc += parse(i)
                ok += 1
            finally:
                cleanups += 1
        except ParseError as e:
            errors += 1
            acc -= e.pos
        except LookupError:
            keys += 1
    return ok, errors, keys, cleanups, acc


print("exceptions_flow", N, *run(N))
