# UnboundLocalError: local variables used before assignment.

count = 10

def broken():
    count += 1  # count is local here because it is assigned
    return count

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def conditional(flag):
    if flag:
        value = "set"
    return value

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def read_then_assign():
    print(count)
    count = 2

try:
    read_then_assign()
except NameError as e:
    print(type(e).__name__, "is a NameError:", isinstance(e, NameError))

def fixed():
    global count
    count += 1
    return count

print(fixed())

def loop_var(items):
    for item in items:
        pass
    return item

print(loop_var([1, 2, 3]))
try:
    loop_var([])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def in_closure():
    total = 0
    def add():
        total += 1
    try:
        add()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return total

print(in_closure())
