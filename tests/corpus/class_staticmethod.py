# staticmethod: functions in a class namespace without self.

class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def is_prime(n):
        if n < 2:
            return False
        i = 2
        while i * i <= n:
            if n % i == 0:
                return False
            i += 1
        return True

    def primes_up_to(self, n):
        return [k for k in range(n + 1) if self.is_prime(k)]

print(MathUtil.add(2, 3))
print(MathUtil().add(4, 5))
print([n for n in range(20) if MathUtil.is_prime(n)])
print(MathUtil().primes_up_to(30))

class Temperature:
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @staticmethod
    def f_to_c(f):
        return (f - 32) * 5 / 9

for c in (-40, 0, 37, 100):
    f = Temperature.c_to_f(c)
    print(c, "C =", f, "F =", Temperature.f_to_c(f), "C")

def helper(x):
    return x * 100

class Wrapped:
    scale = staticmethod(helper)

print(Wrapped.scale(3), Wrapped().scale(4))

class Sub(MathUtil):
    @staticmethod
    def add(a, b):
        return "sub:" + str(a + b)

print(Sub.add(1, 1), Sub.is_prime(7))

f = MathUtil.add
print(f(10, 20))
