# filter(): with predicates and with None.

print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True, 0.0])))
print(list(filter(str.isdigit, ["1", "a", "22", "3b", ""])))
print(list(filter(lambda w: len(w) > 3, "a bb cccc ddddd".split())))
print(list(filter(lambda x: x > 100, [1, 2, 3])))
print("".join(filter(str.isalpha, "h3ll0 w0rld!")))
print(list(filter(None, [])))

f = filter(lambda x: x > 0, [-1, 2, -3, 4])
print(next(f), list(f))

def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print(list(filter(is_prime, range(50))))

people = [{"name": "a", "age": 17}, {"name": "b", "age": 30}, {"name": "c", "age": 18}]
adults = filter(lambda p: p["age"] >= 18, people)
print([p["name"] for p in adults])

# filter + map chain
print(list(map(lambda x: x * x, filter(lambda x: x % 3 == 0, range(20)))))
print(sum(filter(lambda x: x % 2 == 0, range(101))))
