# TypeError messages for common mistakes.

def show(fn):
    try:
        fn()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

def show_kind(fn):
    # For errors whose exact wording is less important, print only the type.
    try:
        fn()
        print("no error")
    except Exception as e:
        print("raised", type(e).__name__)

one = 1
nothing = None
text = "abc"
pair = [1, 2]

show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [1] + (2,))
show(lambda: "a" * "b")
show(lambda: "a" - "b")
show(lambda: None + 1)
show(lambda: {} + {})
show(lambda: len(5))
show(lambda: len(None))
show(lambda: one[0])
show(lambda: nothing[0])
show(lambda: {"a": 1}[["unhashable"]])
show(lambda: {[1]: 2})
show(lambda: set([[1]]))
show(lambda: iter(5))
show(lambda: "abc".join([1, 2]))
show(lambda: sum(["a", "b"]))
show(lambda: pair[1.0])
show(lambda: 3 < "3")
show(lambda: abs("3"))
show(lambda: -"x")
show(lambda: "x" % 5)
show(lambda: tuple(1))
show(lambda: hash([]))
show(lambda: sorted([1, None]))
show(lambda: nothing())
show(lambda: text())

show_kind(lambda: int([1]))
show_kind(lambda: int(None))
show_kind(lambda: float([]))
show_kind(lambda: next([1, 2]))
show_kind(lambda: text["1"])
show_kind(lambda: ord("ab"))
show_kind(lambda: chr("a"))
show_kind(lambda: "%d" % "x")

def f(a, b):
    return a
show(lambda: f(1))
show(lambda: f(1, 2, 3))
show(lambda: f(1, c=2))

t = (1, 2)
def assign():
    t[0] = 5
show(assign)

s = "abc"
def assign_str():
    s[0] = "x"
show(assign_str)

def del_tuple():
    del t[0]
show(del_tuple)
