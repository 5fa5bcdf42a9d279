# break and continue inside try/finally within loops.

for i in range(5):
    try:
        if i == 2:
            print("continue at", i)
            continue
        if i == 4:
            print("break at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

# break inside try with except
n = 0
while True:
    n += 1
    try:
        if n == 3:
            raise ValueError("n is 3")
        if n == 5:
            break
    except ValueError as e:
        print("caught:", e)
        continue
    finally:
        print("cleanup", n)
print("n =", n)

# Nested try/finally, break passes through both finally blocks
for i in range(3):
    try:
        try:
            if i == 1:
                break
            print("inner body", i)
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
print("done nested")

# continue inside finally-protected block in nested loops
out = []
for a in range(3):
    for b in range(3):
        try:
            if b == 1:
                continue
            out.append((a, b))
        finally:
            out.append("f")
print(out)

# return inside loop inside try/finally
def search(items, target):
    for idx, v in enumerate(items):
        try:
            if v == target:
                return idx
        finally:
            print("  checked", v)
    return -1

print(search(["a", "b", "c"], "b"))
print(search(["a"], "z"))
