# generator.close() and GeneratorExit.

def worker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("  worker got GeneratorExit")
        raise
    finally:
        print("  worker finally")

w = worker()
print(next(w), next(w))
w.close()
print("closed")
print(next(w, "nothing more"))
w.close()  # closing again is fine

# close on a generator that never started does nothing visible
w2 = worker()
w2.close()
print("closed unstarted generator")

# close on a finished generator
def short():
    yield 1

s = short()
print(list(s))
s.close()
print("closed finished generator")

# A generator that yields in response to GeneratorExit is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# Returning from GeneratorExit handler is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  polite exit")
        return

p = polite()
next(p)
p.close()
print("polite closed")

# break out of a for loop leaves the generator suspended; close runs finally
def resource():
    try:
        for i in range(10):
            yield i
    finally:
        print("  resource released")

r = resource()
for x in r:
    if x == 2:
        break
print("loop broke at", x)
r.close()
