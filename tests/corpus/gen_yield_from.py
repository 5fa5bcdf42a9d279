# yield from: delegation to sub-iterators and sub-generators.

def inner():
    yield 1
    yield 2

def outer():
    yield "start"
    yield from inner()
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    yield "end"

print(list(outer()))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, (3, 4)], [[[5]]], 6, []])))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), "xy", {"k": 1})))

# send() passes through yield from to the sub-generator
def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

def delegator():
    result = yield from sub()
    print("  sub-generator returned", result)
    yield "delegator done"

d = delegator()
print(next(d))
print(d.send(5))
print(d.send(7))
print(d.send(None))

# throw() is forwarded too
def sub2():
    try:
        yield "sub2 waiting"
    except KeyError:
        yield "sub2 handled KeyError"

def deleg2():
    yield from sub2()
    yield "back in deleg2"

g = deleg2()
print(next(g))
print(g.throw(KeyError))
print(next(g))

# Tree traversal with yield from
class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(tree.walk()))
