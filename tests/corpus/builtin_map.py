# map(): single and multiple iterables, laziness.

print(list(map(str, [1, 2, 3])))
print(list(map(int, ["4", "5", "-6"])))
print(list(map(len, ["a", "bb", ""])))
print(list(map(lambda x: x * x, range(5))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(str.upper, "hello")))
print(list(map(abs, (-1, 2, -3))))
print(list(map(float, ["1.5", "2"])))
print(list(map(lambda x: x, [])))

m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))

calls = []
def tracked(x):
    calls.append(x)
    return x
m = map(tracked, [1, 2, 3])
print("calls before use:", calls)
print(next(m), "calls now:", calls)

print(sum(map(int, "12345")), "".join(map(str, range(5))))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
words = "The Quick Brown".split()
print(list(map(str.lower, words)), sorted(map(len, words)))
