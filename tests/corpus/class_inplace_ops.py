# In-place operators: __iadd__, __isub__, __imul__ and fallback to __add__.

class Accumulator:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __repr__(self):
        return "Acc%r" % (self.items,)

acc = Accumulator()
alias = acc
acc += 1
acc += 2
acc += 3
acc -= 2
print(acc, alias is acc)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __mul__(self, o):
        return Num(self.v * o)
    def __repr__(self):
        return "Num(%d)" % self.v

n = Num(5)
keep = n
n += 10  # no __iadd__: uses __add__, rebinds
n *= 2
print(n, keep, n is keep)

# Lists: += extends in place, + makes a new list
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)

# Tuples and strings: always new objects
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s *= 3
print(s)

# augmented assignment on attributes and items uses the dunder too
class Holder:
    def __init__(self):
        self.acc = Accumulator()
h = Holder()
h.acc += "x"
h.acc += "y"
print(h.acc)
d = {"k": Accumulator()}
d["k"] += 42
print(d)

class IMul:
    def __init__(self, v):
        self.v = v
    def __imul__(self, k):
        print("  __imul__ called")
        self.v *= k
        return self
    def __ifloordiv__(self, k):
        self.v //= k
        return self
    def __ior__(self, k):
        self.v |= k
        return self

x = IMul(7)
x *= 3
x //= 2
x |= 1
print(x.v)
