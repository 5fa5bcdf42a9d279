# divmod with ints and floats.

for a, b in [(17, 5), (-17, 5), (17, -5), (0, 3), (3, 17), (10 ** 20, 7)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)

print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))

def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return "%dd %02d:%02d:%02d" % (d, h, m, s)

for secs in [0, 59, 61, 3600, 86399, 90061, 1000000]:
    print(secs, hms(secs))

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return "-" + out if neg else out

for n in [0, 255, -255, 1000, 2 ** 40]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))

print(int(to_base(123456789, 36), 36))

try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
