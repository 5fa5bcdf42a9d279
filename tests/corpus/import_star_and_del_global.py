# `from module import *`, `del` of a global inside a function, and NameError afterwards.
from helper_shapes import *

print(sorted(n for n in dir() if not n.startswith("_")))

counter = 10


def drop_counter():
    global counter
    print("counter before del:", counter)
    del counter


drop_counter()
try:
    print(counter)
except NameError as e:
    print("NameError:", e)


def drop_again():
    global counter
    try:
        del counter
    except NameError as e:
        print("second del:", type(e).__name__, e)


drop_again()
counter = 3
print("rebound:", counter)
