# math module: sqrt, floor, ceil, trunc, fabs, gcd, pi, e, factorial, pow, hypot.

import math

print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(5.0))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__)
print(math.trunc(2.7), math.trunc(-2.7))
print(math.fabs(-3), math.fabs(2.5), abs(-3))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(17, 31), math.gcd(2 ** 40, 6 ** 20))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1))
print(math.hypot(3, 4), math.hypot(5, 12))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 20))

from math import sqrt, floor
print(sqrt(81), floor(-0.5))

try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError raised:", type(e).__name__)

def is_square(n):
    r = math.isqrt(n)
    return r * r == n

print([n for n in range(50) if is_square(n)])
print(round(math.sqrt(2) * math.sqrt(2), 12))
