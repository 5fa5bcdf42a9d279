# Benchmark: tight integer loop (arithmetic, comparison, local variables).
N = 1000000


def hot(n):
    total = 0
    i = 0
    while i < n: total = total + (i*i) % 7; i = i + 1
    return total


print("int_loop", N, hot(N))
