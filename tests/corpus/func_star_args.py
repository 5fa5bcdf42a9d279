# *args: variable positional arguments.

def total(*nums):
    print("got", len(nums), "args:", nums)
    s = 0
    for n in nums:
        s += n
    return s

print(total())
print(total(1))
print(total(1, 2, 3, 4))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1))
print(head_tail(1, 2, 3))

values = [10, 20, 30]
print(total(*values))
print(total(*values, 40))
print(total(5, *values, *range(3)))
print(total(*"") if False else total(*()))

def fmt(template, *args):
    return template % args

print(fmt("%s is %d years", "Ann", 31))
print(fmt("%s-%s-%s", *"xyz"))

def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best

print(maximum(3), maximum(3, 9, 2), maximum(*[4, 8, 1, 8]))

# args is a tuple
def kind(*a):
    return type(a).__name__

print(kind(1, 2))

def apply(func, *args):
    return func(*args)

print(apply(pow, 2, 8))
print(apply(max, 4, 7, 1))
print(apply(lambda: "no args"))
