# Higher-order functions written by hand.

def my_map(fn, items):
    return [fn(x) for x in items]

def my_filter(pred, items):
    return [x for x in items if pred(x)]

def my_reduce(fn, items, init):
    acc = init
    for x in items:
        acc = fn(acc, x)
    return acc

nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: b + a, ["a", "b", "c"], ""))

def curry(f):
    def c1(a):
        def c2(b):
            return f(a, b)
        return c2
    return c1

print(curry(lambda a, b: a - b)(10)(3))

def partial(fn, *fixed, **fixed_kw):
    def call(*args, **kw):
        merged = dict(fixed_kw)
        merged.update(kw)
        return fn(*(fixed + args), **merged)
    return call

def volume(l, w, h, unit="cm"):
    return "%d %s3" % (l * w * h, unit)

print(partial(volume, 2)(3, 4))
print(partial(volume, 2, 3, unit="m")(5))
print(partial(volume, unit="mm")(1, 1, 1))

def pipeline(*steps):
    def run(v):
        for s in steps:
            v = s(v)
        return v
    return run

clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World Again "))

def group_by(keyfn, items):
    groups = {}
    for it in items:
        groups.setdefault(keyfn(it), []).append(it)
    return groups

print(group_by(len, ["a", "bb", "cc", "d", "eee"]))
print(group_by(lambda n: n % 3, range(10)))

def zip_with(fn, xs, ys):
    return [fn(x, y) for x, y in zip(xs, ys)]

print(zip_with(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7]))
