# nonlocal: rebinding variables of an enclosing function.

def counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

c1 = counter()
c2 = counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1())

def accumulate():
    total = 0
    items = 0
    def add(v):
        nonlocal total, items
        total += v
        items += 1
        return total / items
    return add

avg = accumulate()
for v in [10, 20, 30, 40]:
    print("running average", avg(v))

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m

print(outer())

def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip

t = toggler()
print([t() for _ in range(5)])

def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt

f = fib_gen_closure()
print([f() for _ in range(12)])

def make_bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw

dep, wd = make_bank(50)
print(dep(25), wd(100), wd(70), dep(1))
