# Benchmark: naive recursive Fibonacci (function call overhead).
N = 24


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib_recursive", N, fib(N))
