# pow with a modulus, and modular arithmetic.

print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(2, 1000, 10 ** 9 + 7), pow(10, 100, 97))
print(pow(5, 0, 7), pow(0, 5, 7), pow(7, 1, 1))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(10, -1, 17), (pow(10, -1, 17) * 10) % 17)
print(pow(2, 0.5), pow(-8, 3), pow(2.0, 3))

def modexp(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result

for b, e, m in [(4, 13, 497), (2, 100, 1000007), (123456789, 987654321, 1000000007)]:
    print(b, e, m, modexp(b, e, m), modexp(b, e, m) == pow(b, e, m))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(1000000007))

try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
