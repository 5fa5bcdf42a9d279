# Sieve of Eratosthenes and prime utilities.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(1000)
print(len(primes), primes[:20], primes[-5:])
print(sum(primes), max(b - a for a, b in zip(primes, primes[1:])))

twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:8])

def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 65536, 999983, 123456]:
    fs = factorize(n)
    grouped = {}
    for f in fs:
        grouped[f] = grouped.get(f, 0) + 1
    print(n, "=", " * ".join("%d^%d" % (p, e) if e > 1 else str(p) for p, e in grouped.items()))

def goldbach(n):
    pset = set(primes)
    for p in primes:
        if n - p in pset:
            return p, n - p

print([goldbach(n) for n in range(4, 40, 6)])

# Prime spiral-ish table
row = []
for i, p in enumerate(primes[:30], 1):
    row.append("%4d" % p)
    if i % 10 == 0:
        print("".join(row))
        row = []
