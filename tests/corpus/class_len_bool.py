# __len__ and __bool__ and truth testing of objects.

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

empty = Bag()
full = Bag(1, 2, 3)
print(len(empty), len(full))
print(bool(empty), bool(full))
if not empty:
    print("empty bag is falsy")
if full:
    print("full bag is truthy")

class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print(bool(Switch(True)), bool(Switch(False)))
print("on" if Switch(True) else "off", "on" if Switch(False) else "off")
print(Switch(False) or "fallback")
print([s.on for s in [Switch(True), Switch(False)] if s])

class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True

print(bool(Both()), len(Both()))

class Plain:
    pass
print(bool(Plain()))

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("negative __len__ raises", type(e).__name__)

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("non-bool __bool__ raises", type(e).__name__)

try:
    len(5)
except TypeError as e:
    print("TypeError:", e)

count = 0
b = Bag(1, 2)
while b:
    b.items.pop()
    count += 1
print("popped", count)
