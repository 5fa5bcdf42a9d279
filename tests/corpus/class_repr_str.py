# __repr__ and __str__, and where each is used.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print((m,))
print({"price": m})
print("%s and %r" % (m, m))
print("{} and {!r}".format(m, m))
print(f"{m} / {m!r} / {m!s}")

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyRepr<" + repr(self.v) + ">"

o = OnlyRepr("x")
print(o)
print(str(o))
print([o, OnlyRepr(3)])

class OnlyStr:
    def __str__(self):
        return "only-str"

s = OnlyStr()
print(s, str(s))
print("value: " + str(s))

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return "Node(%r)" % (self.val,)
        return "Node(%r, %r)" % (self.val, self.children)

tree = Node(1, [Node(2), Node(3, [Node("four")])])
print(tree)
print(repr(tree) == str(tree))

class Temperature:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c:.1f}°C"
    def __repr__(self):
        return f"Temperature({self.c!r})"

ts = [Temperature(21.456), Temperature(-3)]
print(ts)
for t in ts:
    print(t)
print(", ".join(str(t) for t in ts))
