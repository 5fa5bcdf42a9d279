# finally with return: overriding returns and swallowing exceptions.

def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2  # does not change the returned value

def f5():
    items = []
    try:
        return items
    finally:
        items.append("mutated in finally")

def f6(n):
    try:
        if n == 0:
            raise ZeroDivisionError("zero")
        return 100 // n
    except ZeroDivisionError:
        return "except"
    finally:
        print("f6 finally for", n)

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6(5))
print(f6(0))

def counter():
    count = 0
    for i in range(5):
        try:
            if i == 3:
                return count
        finally:
            count += 10
    return count

print(counter())

def nested():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

def return_in_except_with_finally():
    try:
        {}["missing"]
    except KeyError:
        print("in except")
        return "from except"
    finally:
        print("finally runs after except's return expression")

print(return_in_except_with_finally())
