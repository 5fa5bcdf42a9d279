# global statement inside functions.

counter = 0
names = []

def increment():
    global counter
    counter += 1
    return counter

def add_name(n):
    names.append(n)  # mutation needs no global

def reset():
    global counter, names
    counter = 0
    names = []

print(increment(), increment(), increment())
add_name("a")
add_name("b")
print(counter, names)
reset()
print(counter, names)

def create_global():
    global created
    created = "made inside function"

create_global()
print(created)

x = "module"
def shadow():
    x = "local"
    return x

def read_global():
    return x

print(shadow(), read_global(), x)

def set_x(v):
    global x
    x = v

set_x("updated")
print(read_global())

def nested():
    def inner():
        global counter
        counter = 99
    inner()
    return counter

print(nested(), counter)

total = 0
def accumulate(values):
    global total
    for v in values:
        total += v
    return total

print(accumulate([1, 2, 3]), accumulate([10]))
