# Function metadata: __name__, __doc__, __qualname__ (simple cases).

def documented(x):
    """Return x doubled."""
    return 2 * x

def undocumented():
    pass

print(documented.__name__)
print(documented.__doc__)
print(undocumented.__doc__)
print(undocumented())

class Box:
    """A box."""
    def size(self):
        """Size of the box."""
        return 1

print(Box.__doc__)
print(Box.size.__doc__)
print(Box.__name__)
print(Box.size.__name__)

def outer():
    def inner():
        pass
    return inner

print(outer().__name__)

lam = lambda: 0
print(lam.__name__)

import math
print(math.sqrt.__name__, len.__name__)
