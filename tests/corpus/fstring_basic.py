# f-strings: expressions, nesting, escapes.

name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"{name!r} has {len(name)} letters")
print(f"next year: {age + 1}")
print(f"{'quoted'} {name.upper()} {name[::-1]}")
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}} {None} {True}")
print(f"{{literal braces}} and {{{age}}}")
d = {"key": "value", 1: "one"}
print(f"{d['key']} {d[1]}")
items = ["x", "y"]
print(f"{items[0]}{items[-1]} {len(items)}")
print(f"3 * 4 = {3 * 4}")
print(f"{'yes' if age > 30 else 'no'}")
print(f"{', '.join(items)}")
print(f"{name}" f" and " f"{age}")
print(f"multi\tline\nsecond line")
x = 5
print(f"{x}{x}{x}", f"{x:}", f"{-x}")

def greet(who):
    return f"hi {who}"
print(f"{greet(name)}!")

class P:
    def __init__(self):
        self.x = 1.5
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{p} {p!r} {p!s} {p.x}")

width = 10
print(f"[{name:>{width}}]")
print(f"[{name:^{width}}]")
prec = 3
print(f"{3.14159265:.{prec}f}")
print(f"{'nested ' + f'{age}'}")
print(f"")
print(f"{0}" * 3)
