# Augmented assignment on names, attributes and subscripts.

x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x /= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 1; print(y)

s = "ab"
s += "cd"; print(s)
s *= 2; print(s)

lst = [1]
lst += [2, 3]; print(lst)
lst *= 2; print(lst)

t = (1,)
t += (2,); print(t)

class Obj:
    def __init__(self):
        self.count = 0
        self.items = []

o = Obj()
o.count += 1
o.count += 10
o.items += ["a"]
o.items += "bc"
print(o.count, o.items)

d = {"a": 1}
d["a"] += 100
d["b"] = d.get("b", 0)
d["b"] -= 5
print(d)

m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 2
m[1][1] = m[1][0] * 2
m[1][1] //= 3
print(m)

# subscript evaluated once
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [10, 20, 30]
arr[idx(1)] += 5
print(arr, calls)

# attribute target evaluated once
def get_obj():
    calls.append("obj")
    return o
get_obj().count *= 3
print(o.count, calls)

f = 1.5
f += 1; print(f)
f *= 2; print(f)
n = 7
n /= 2; print(n)
n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
