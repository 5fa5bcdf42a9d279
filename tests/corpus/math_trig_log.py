# math trig, exp and log functions (results rounded to avoid libm differences).

import math

def r(x):
    return round(x, 10)

for deg in [0, 30, 45, 60, 90, 180, 270]:
    rad = math.radians(deg)
    print(deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), r(math.tan(rad)) if deg not in (90, 270) else "inf")

print(r(math.degrees(math.pi)), r(math.degrees(1)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-1, -1)))
print(r(math.exp(0)), r(math.exp(1)), r(math.exp(-1)), r(math.exp(10)))
print(r(math.log(1)), r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)))
print(r(math.log10(1000)), r(math.log2(1024)), r(math.log10(2)), r(math.log2(3)))
print(math.log10(1000) == 3.0, math.log2(1024) == 10.0, math.exp(0) == 1.0)

try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(-1)
except ValueError as e:
    print("ValueError:", e)

# distance on a circle
def polar(x, y):
    return r(math.hypot(x, y)), r(math.degrees(math.atan2(y, x)))

for pt in [(1, 0), (0, 1), (-1, 0), (1, 1), (3, -4)]:
    print(pt, polar(*pt))

# compound growth via exp/log
print(r(math.exp(math.log(2) * 10)), round(math.exp(math.log(2) * 10)))
