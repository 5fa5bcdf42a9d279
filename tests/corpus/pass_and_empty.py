# pass statements, empty bodies, and minimal constructs.

def todo():
    pass

class Empty:
    pass

class DocOnly:
    "Only a docstring."

for _ in range(3):
    pass

while False:
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

print(todo(), type(Empty()).__name__, DocOnly.__doc__)

# Ellipsis as a placeholder
def later():
    ...

print(later(), ...)
print(Ellipsis is ...)

x = 0
if x: pass
elif x == 0: x = 10
print(x)

# Empty containers and their operations
print([], (), {}, "", list(), tuple(), dict(), str())
print(len([]), sum([]), max([], default="none"), "".join([]))
print([] == [], () == (), [] == ())
