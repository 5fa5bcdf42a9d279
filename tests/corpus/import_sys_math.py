# import sys and import math.

import sys
import math

print(type(sys.maxsize).__name__, sys.maxsize > 2 ** 30, sys.maxsize == 2 ** 63 - 1)
print(isinstance(sys.argv, list), len(sys.argv) >= 1)
print(math.sqrt(144), math.floor(math.pi * 100) / 100, math.gcd(12, 18))
print(math.__name__, sys.__name__)
print(callable(sys.exit), callable(math.sqrt))

import math as m
print(m is math, m.ceil(4.01))

import sys, math
print(math.factorial(6), "multiple import ok")

def use_inside():
    import math
    return math.isqrt(50)
print(use_inside())
