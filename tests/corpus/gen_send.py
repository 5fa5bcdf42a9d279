# generator.send(): two-way communication.

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            continue
        total += value

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(next(acc))
print(acc.send(-20))

def averager():
    count = 0
    total = 0.0
    average = None
    while True:
        x = yield average
        count += 1
        total += x
        average = total / count

avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("average now", avg.send(v))

# send to a just-started generator must be None
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))

# A coroutine-style parser state machine
def line_collector():
    lines = []
    buf = ""
    while True:
        ch = yield len(lines)
        if ch == "\n":
            lines.append(buf)
            print("  line complete:", repr(buf))
            buf = ""
        else:
            buf += ch

lc = line_collector()
next(lc)
for ch in "ab\ncde\n\nf":
    n = lc.send(ch)
print("lines so far:", n)

def echo_upper():
    reply = None
    while True:
        msg = yield reply
        reply = msg.upper() if isinstance(msg, str) else msg

e = echo_upper()
next(e)
print(e.send("hi"), e.send(3), e.send("bye"))

# send on an exhausted generator raises StopIteration
def once():
    x = yield 1
    print("  once got", x)

o = once()
print(next(o))
try:
    o.send("final")
except StopIteration:
    print("StopIteration after final send")
