# Benchmark: list building, comprehensions, sorting with keys, slicing.
N = 30000


def make(n):
    seed = 42
    out = []
    for i in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append((seed >> 33) % 100000)
    return out


def run(n):
    data = make(n)
    a = sorted(data)
    b = sorted(data, key=lambda v: (v % 100, -v))
    records = [(v % 50, str(v), v) for v in data[: n // 2]]
    records.sort(key=lambda r: (r[0], r[1]))
    evens = [v for v in a if v % 2 == 0]
    pairs = [x + y for x, y in zip(a[::2], a[1::2])]
    pairs.sort(reverse=True)
    check = (a[0], a[-1], b[0], b[-1], records[0][2], records[-1][2],
             len(evens), sum(pairs[:10]) % 1000003, a[n // 2])
    return check


print("list_sort", N, *run(N))
