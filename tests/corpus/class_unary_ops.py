# Unary operator special methods: __neg__, __pos__, __abs__, __invert__.

class Signed:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Signed(-self.v)
    def __pos__(self):
        return Signed(+self.v if self.v >= 0 else 0)
    def __abs__(self):
        return Signed(abs(self.v))
    def __invert__(self):
        return Signed(~self.v)
    def __repr__(self):
        return "S(%d)" % self.v

s = Signed(-7)
print(-s, +s, abs(s), ~s)
print(-(-s), abs(-Signed(3)), ~~s)

class Flags:
    def __init__(self, bits, width=4):
        self.bits, self.width = bits, width
    def __invert__(self):
        return Flags(~self.bits & ((1 << self.width) - 1), self.width)
    def __repr__(self):
        return "Flags(" + bin(self.bits)[2:].zfill(self.width) + ")"

f = Flags(0b1010)
print(f, ~f, ~~f)

print(-5, +5, ~5, ~-1, -(-3), abs(-2.5), -True, ~False)

class NoNeg:
    pass
try:
    -NoNeg()
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
