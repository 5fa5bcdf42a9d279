# Raising and catching exceptions repeatedly in loops.

data = ["10", "x", "30", "", "50", "6.5", "-7"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        bad.append(item)
        continue
    finally:
        pass
print("total", total, "bad", bad)

def safe_ratio(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(round(a / b, 3))
        except ZeroDivisionError:
            out.append(None)
        except TypeError:
            out.append("type?")
    return out

print(safe_ratio([(1, 3), (2, 0), ("a", 1), (9, 4)]))

# Using exceptions to stop a loop
def first_even(nums):
    class Found(Exception):
        pass
    try:
        for n in nums:
            if n % 2 == 0:
                raise Found(n)
    except Found as f:
        return f.args[0]
    return None

print(first_even([1, 3, 8, 5, 10]), first_even([1, 3]))

# Counting different failures
counts = {}
for i in range(12):
    try:
        if i % 4 == 0:
            raise ValueError
        if i % 3 == 0:
            raise KeyError(i)
        counts["ok"] = counts.get("ok", 0) + 1
    except ValueError:
        counts["value"] = counts.get("value", 0) + 1
    except KeyError:
        counts["key"] = counts.get("key", 0) + 1
print(counts)

# Exception crossing several loop levels
try:
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                raise StopIteration((i, j))
except StopIteration as s:
    print("stopped at", s.args[0])
