# Chained comparisons.

x = 5
print(1 < x < 10, 1 < x < 3, 10 > x > 1, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(0 <= x <= 5, 0 <= x < 5)
print(1 == 1 != 2, 1 == 1 != 1)
print("a" < "b" < "c", "a" < "c" < "b")
print(1 < 2 > 0, 3 > 2 < 1)

# each operand evaluated at most once
calls = []
def val(v):
    calls.append(v)
    return v

print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)  # short-circuits after first false comparison

# chains with is / in
a = [1, 2]
b = a
print(a is b is not None, 1 in a in [a], 3 not in a is not None)

# useful in range checks
def in_range(n, lo=0, hi=100):
    return lo <= n < hi
print([in_range(n) for n in (-1, 0, 50, 99, 100)])

# comparison chains with mixed numeric types
print(1 < 1.5 < 2, 2 == 2.0 == True + 1, -1 < 0 <= 0.0)
print((1, 2) < (1, 3) < (2,))
print([1] < [1, 0] < [2])
