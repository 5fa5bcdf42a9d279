# inf, nan and negative zero.

import math

inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, -inf, -ninf)
print(inf + 1, inf * 2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(inf), math.isinf(ninf), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("  inf  "))
print(math.inf == inf, math.isnan(math.nan))
print(max(1, inf), min(ninf, -1), sorted([3, inf, -1, ninf]))
print(abs(ninf), -ninf)

z = 0.0
nz = -0.0
print(z, nz, z == nz, str(nz), repr(nz))
print(math.copysign(1, nz), math.copysign(1, z), 1 / inf, -1 / inf)
print(nz + 0.0, nz * 5, -nz, abs(nz), 0.0 * -1)
print(round(-0.4), round(-0.4, 1), int(nz), f"{nz:.2f}", "%.1f" % nz)

try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)

results = [x for x in [1.0, nan, 2.0] if not math.isnan(x)]
print(results)
print(math.floor(2.5), math.ceil(-2.5))
print(math.isnan(inf - inf), math.isnan(inf * 0))
