# Formatting floats in tables and reports.

values = [0, 1, -1, 3.14159, 2.71828, 1234.5, 0.000123, 1e6, -42.4242, 99.995]
print("%12s %10s %10s %12s %10s" % ("value", ".2f", ".4g", "e", "%"))
for v in values:
    print("%12r %10.2f %10.4g %12.3e %9.1f%%" % (v, v, v, v, v * 100))

for v in values:
    print(f"{v:>10.3f}|{v:<10.1f}|{v:^+10.2f}|{v:,.2f}")

print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:g} {:g} {:g} {:g} {:g}".format(100000, 1000000, 1e-4, 1e-5, 0.0))
print("{:.3g} {:.3g} {:.3g}".format(1234.5, 0.00012345, 12.0))
print(format(1.0, ""), format(1e20, ""), format(1.5, "10"))
print(str(1.0), "%s" % 1.0, "%r" % 0.1, "%.15f" % 0.1, "%.17g" % 0.1)

def money(x):
    sign = "-" if x < 0 else ""
    return "%s$%s" % (sign, format(abs(x), ",.2f"))

for amt in [0, 5, 1234.5, -98765.4321, 1e9]:
    print(money(amt))
