# from-import forms: single names, several names, aliases.

from math import sqrt
from math import floor, ceil, pi
from math import factorial as fact, gcd as greatest

print(sqrt(2) ** 2 > 1.99, floor(-1.5), ceil(-1.5), round(pi, 4))
print(fact(7), greatest(84, 36))

from sys import maxsize
print(maxsize > 0)

def local_import():
    from math import e
    return round(e, 3)
print(local_import())

try:
    from math import no_such_name
except ImportError as e:
    print("ImportError raised:", type(e).__name__)

try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError for missing module:", type(e).__name__)

print(isinstance(ModuleNotFoundError(), ImportError))
