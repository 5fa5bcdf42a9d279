# while loops with else clauses, counters, and sentinel patterns.

n = 0
while n < 5:
    n += 1
else:
    print("loop finished normally, n =", n)

n = 0
while n < 5:
    n += 1
    if n == 3:
        print("breaking at", n)
        break
else:
    print("not printed")

# Searching with while/else
def find_divisor(x):
    d = 2
    while d * d <= x:
        if x % d == 0:
            print(x, "has divisor", d)
            break
        d += 1
    else:
        print(x, "is prime")

for x in [2, 15, 17, 49, 97, 100]:
    find_divisor(x)

# while with else when condition false initially
while False:
    print("never")
else:
    print("else runs even with zero iterations")

# Collatz sequence
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

print(collatz(6))
print(len(collatz(27)), max(collatz(27)))

# Digits of a number
num = 90210
digits = []
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])

# continue inside while
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
else:
    print("odds:", odds)

# while True with break
stack = [1, 2, 3]
while True:
    if not stack:
        break
    print("pop", stack.pop())
