# Comparisons between mixed types and containers.

print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(1 < 1.5, -1 > -1.5, 10**20 > 1e19, 10**20 == 1e20)
print("abc" == "abc", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print((1, "a") < (1, "b"), (2,) > (1, 99), () == ())
print([1, 2] == (1, 2), "1" == 1, None == 0, None == None)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2})
print(frozenset([1, 2]) == {1, 2})
print(1 != 1.0, "a" != "b", [1] != [1])

# nested containers
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] < [[1, 2], [4]])
print((1, [2, 3]) == (1, [2, 3]))

# max/min over tuples compare lexicographically
records = [("bob", 25), ("ann", 31), ("bob", 19)]
print(max(records), min(records), sorted(records))

# comparing floats and ints near boundaries
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2**53 == 2**53 + 1.0, 2**53 + 1 == float(2**53 + 1))

# equality never raises even for mismatched types
print([] == {}, "a" == ["a"], 1 == "1")

try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
