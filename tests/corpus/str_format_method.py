# str.format with positional, keyword, index and attribute fields.

print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=5))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))

class P:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(P()))
print("{p.x}-{p.y}".format(p=P()))

print("[{:>6}] [{:<6}] [{:^6}] [{:_^7}]".format("a", "b", "c", "d"))
print("{:.2f} {:+d} {:05.1f} {:,}".format(3.14159, 5, 2.5, 9876543))
print("{:x} {:#b} {:o} {:e}".format(255, 5, 64, 1500.0))
print("{!r} {!s}".format("q", "q"))
print("{{escaped}} {}".format("value"))
print("{0:{1}}|".format("pad", 6))
print("{:{fill}{align}{width}}".format("z", fill="*", align=">", width=5))

data = {"a": 1, "b": 2}
print("{a}+{b}".format(**data))
print("{}-{}-{}".format(*"xyz"))

template = "{:<10}{:>8}"
print(template.format("Item", "Price"))
for item, price in [("Coffee", 3.5), ("Bagel", 2.25)]:
    print(template.format(item, "%.2f" % price))

try:
    "{} {}".format("one")
except IndexError as e:
    print("IndexError raised:", type(e).__name__)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)

print(format(3.14159, ".3f"), format(42, "08b"), format("s", ">3"), format(1234.5, ",.1f"))
print(format(7), format(2.5), format("plain"))
