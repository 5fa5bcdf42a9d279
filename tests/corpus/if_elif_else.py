# if / elif / else chains, nested conditions, truthiness in conditions.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 9, 10, 99, 100, 12345]:
    print(n, classify(n))

def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    if g != "F":
        if score % 10 >= 7:
            g += "+"
        elif score % 10 <= 2:
            g += "-"
    return g

print([grade(s) for s in (100, 97, 91, 88, 80, 75, 72, 50)])

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 22)))

for value in [0, 1, "", "a", [], [0], None, 0.0, {}, {"k": 0}]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

x = 7
if x > 5 and x < 10:
    print("between")
if not x == 3:
    print("not three")
if x:
    pass
else:
    print("never printed")

if x == 1: print("one")
elif x == 7: print("seven")
else: print("other")

def sign(a, b):
    if a > 0:
        if b > 0:
            return "both positive"
        else:
            return "only a positive"
    else:
        if b > 0:
            return "only b positive"
        return "neither positive"

print(sign(1, 1), "|", sign(1, -1), "|", sign(-1, 1), "|", sign(0, 0))
