# type(), __class__, __name__ and comparing types.

class Animal:
    pass

class Dog(Animal):
    pass

d = Dog()
print(type(d) is Dog, type(d) is Animal, type(d) == Dog)
print(d.__class__ is Dog, d.__class__.__name__)
print(type(d).__name__, type(Dog).__name__)

for v in [1, 2.0, "x", [], (), {}, None, True, 0]:
    print(type(v).__name__)

print(type(1) is int, type(True) is int, type(True) is bool)

# Creating new instances from type(x)
def clone_empty(obj):
    return type(obj)()

print(clone_empty([1, 2]), clone_empty("abc") == "", clone_empty(5), clone_empty(Dog()).__class__.__name__)

print(int.__name__, str.__name__, object.__name__, type.__name__)
