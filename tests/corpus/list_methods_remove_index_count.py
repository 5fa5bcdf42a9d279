# list.remove, list.index, list.count.

a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(5, 9), a.index(3, 1, 10))
print(a.count(5), a.count(1), a.count(7), a.count(3))
a.remove(1)
print(a)
a.remove(5)
print(a)
while 5 in a:
    a.remove(5)
print(a)

try:
    a.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(100)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(3, 0, 0)
except ValueError as e:
    print("ValueError:", e)

mixed = [1, 1.0, True, "1", [1]]
print(mixed.count(1), mixed.index(True), mixed.index("1"), mixed.index([1]))
mixed.remove(True)  # removes the first element equal to True, which is 1
print(mixed)

words = "the cat and the hat and the bat".split()
print({w: words.count(w) for w in words})
print(words.index("and"), words.index("and", 3))

class Item:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Item) and self.v == other.v

items = [Item(1), Item(2), Item(1)]
print(items.count(Item(1)), items.index(Item(2)))
items.remove(Item(1))
print([i.v for i in items])
