# Ends with raise SystemExit(5).

def check(values):
    for v in values:
        print("checking", v)
        if v < 0:
            raise SystemExit(5)

try:
    check([3, 1, 4])
    print("first batch fine")
    check([1, -5, 9])
except ValueError:
    print("not reached: SystemExit is not a ValueError")
except Exception:
    print("not reached: SystemExit is not an Exception")
print("not reached")
