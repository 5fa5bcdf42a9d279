# for loops with else.

for i in range(3):
    print("i =", i)
else:
    print("for-else ran, i =", i)

for i in []:
    print("never")
else:
    print("else after empty loop")

def first_negative(nums):
    for idx, n in enumerate(nums):
        if n < 0:
            print("found", n, "at", idx)
            break
    else:
        print("no negatives in", nums)

first_negative([3, 1, -4, 1, -5])
first_negative([2, 7, 1])
first_negative([])

# Nested for/else: break only leaves the inner loop
for a in range(2, 12):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        print(a, "is prime")

# continue does not prevent else
for c in "abc":
    if c == "b":
        continue
    print(c)
else:
    print("done with letters")

# return inside for-else
def contains(seq, target):
    for item in seq:
        if item == target:
            return "found " + repr(target)
    else:
        return "missing " + repr(target)

print(contains([1, 2, 3], 2), contains("xyz", "q"))

# Loop variable keeps last value after loop
for last in range(10, 15):
    pass
print("last =", last)
