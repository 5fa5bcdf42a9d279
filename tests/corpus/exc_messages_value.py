# ValueError messages.

def show(fn):
    try:
        r = fn()
        print("ok:", r)
    except ValueError as e:
        print("ValueError:", e)

show(lambda: int("x"))
show(lambda: int("12a"))
show(lambda: int(""))
show(lambda: int("1.5"))
show(lambda: int("z", 16))
show(lambda: int("9", 8))
show(lambda: int("10", 1))
show(lambda: float("abc"))
show(lambda: float(""))
show(lambda: float("1.2.3"))
show(lambda: [1, 2, 3].index(4))
show(lambda: [1, 2, 3].remove(9))
show(lambda: (1, 2).index(3))
show(lambda: "abc".index("z"))
show(lambda: "abc".rindex("z"))
show(lambda: "a,b".split(""))
show(lambda: chr(-1))
show(lambda: range(1, 5, 0))
show(lambda: max([]))
show(lambda: min(()))
show(lambda: bytes([256]))
show(lambda: (1, 2, 3).index(3))

def unpack2():
    a, b = [1, 2, 3]
show(unpack2)
def unpack3():
    a, b, c = (1, 2)
show(unpack3)
def unpack_star():
    a, b, *c = [1]
show(unpack_star)

show(lambda: int("  42  "))
show(lambda: int("-0x1f", 16))
show(lambda: int("0b101", 0))
show(lambda: float("  -1.5e3 "))
show(lambda: float("inf"))
