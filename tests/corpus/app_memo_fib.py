# Memoised Fibonacci and other dynamic-programming examples using dicts.

memo = {0: 0, 1: 1}
calls = 0

def fib(n):
    global calls
    calls += 1
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(10), calls)
print(fib(90), calls)
print(fib(100))
print(len(memo), [memo[i] for i in range(15)])

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(all(fib(i) == fib_iter(i) for i in range(100)))

def make_memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@make_memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(10, 10), grid_paths(16, 16), len(grid_paths.cache))

@make_memo
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])

print(coin_ways(100, (50, 25, 10, 5, 1)))

def lcs(a, b):
    table = {}
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                table[i, j] = ""
            elif a[i - 1] == b[j - 1]:
                table[i, j] = table[i - 1, j - 1] + a[i - 1]
            else:
                x, y = table[i - 1, j], table[i, j - 1]
                table[i, j] = x if len(x) >= len(y) else y
    return table[len(a), len(b)]

print(repr(lcs("AGGTAB", "GXTXAYB")), repr(lcs("abc", "def")), repr(lcs("programming", "gaming")))
