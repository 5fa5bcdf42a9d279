# !r, !s conversions and repr of different values inside f-strings.

values = ["plain", "it's", 'say "hi"', "tab\there", "new\nline", "back\\slash", "", "é"]
for v in values:
    print(f"{v!s} | {v!r}")

nums = [1, 1.0, -0.5, 1e100, 10**20]
for v in nums:
    print(f"{v} {v!r} {v!s}")

print(f"{[1, 'a']!r} {(None, True)!s}")
print(f"{'x'!r:>6}|{'x'!s:>6}|")

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Pt(1, "b")
print(f"{p}", f"{p!r}", f"{p!s}")
print(f"{[p]}")
print(str(p), repr(p))
print(f"{p.x!r}{p.y!r}")
