# divmod() and pow() builtins.

print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 7))
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(-2, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(7, 128, 13), pow(123, 456, 789))
print(pow(0, 0), pow(1, -1), pow(10, 20))
print(pow(base=2, exp=5), pow(2, 5, mod=3))

q, r = divmod(1000, 7)
print(q, r, q * 7 + r)

def to_digits(n, base=10):
    digits = []
    while True:
        n, d = divmod(n, base)
        digits.append(d)
        if n == 0:
            break
    return digits[::-1]

print(to_digits(2024), to_digits(255, 16), to_digits(5, 2), to_digits(0))

try:
    pow(2, 3.5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
