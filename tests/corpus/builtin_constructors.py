# int, float, bool, str, list, tuple, dict, set, frozenset constructors.

print(int(), float(), bool(), str(), list(), tuple(), dict(), set(), frozenset())
print(int("12"), int(12.9), int(-12.9), int(True), int("  -3 "), int("101", 2))
print(float("1.5"), float(3), float("-inf"), float(" 2e3 "), float(False))
print(bool(1), bool(0), bool("x"), bool(""), bool([0]), bool(None), bool(0.0), bool(-1))
print(str(42), str(4.2), str([1]), str(None), str(b"x"), str(True))
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "hi"))
print(tuple([1, 2]), tuple("ab"), tuple({"a": 1}), tuple(range(2)))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")))
print(sorted(set("hello")), sorted(set([3, 1, 3])), sorted(frozenset((2, 1, 2))))
print(list(list("ab")), tuple(tuple("ab")), dict(dict(a=1)))

# constructors make copies
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)
d = {"k": 1}
d2 = dict(d)
d2["k"] = 2
print(d, d2)

# conversions that fail
for fn, arg in [(int, "x"), (float, "y"), (int, "1.5"), (list, 5), (dict, [1, 2]), (tuple, None)]:
    try:
        fn(arg)
        print("no error")
    except (ValueError, TypeError) as e:
        print(fn.__name__, repr(arg), "->", type(e).__name__)

print(type(int("5")).__name__, type(str(5)).__name__, type(list()).__name__)
print(int is type(0), str is type(""), isinstance(dict(), dict))
