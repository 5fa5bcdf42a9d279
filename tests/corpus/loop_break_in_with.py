# break/continue/return inside with blocks: __exit__ still runs.

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

for i in range(4):
    with Ctx("loop%d" % i):
        if i == 1:
            print("continue")
            continue
        if i == 2:
            print("break")
            break
        print("body", i)
print("after for")

def early(n):
    with Ctx("func"):
        if n > 0:
            return "positive"
        print("not positive")
    return "non-positive"

print(early(1))
print(early(0))

count = 0
while True:
    with Ctx("outer"):
        with Ctx("inner"):
            count += 1
            if count == 2:
                break
print("count", count)

# exception inside with inside loop, caught outside the with
for i in range(3):
    try:
        with Ctx("try%d" % i):
            if i == 1:
                raise KeyError(i)
            print("ok", i)
    except KeyError as e:
        print("caught KeyError", e)
