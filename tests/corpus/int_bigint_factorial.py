# Big integers: factorials and products.

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))

f100 = fact(100)
print(len(str(f100)), str(f100)[:20], str(f100)[-30:])
print(sum(int(d) for d in str(f100)))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing)

print(fact(30) // fact(28), fact(40) % 1000000007)
print(fact(25) == 15511210043330985984000000)

def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))

print([binom(10, k) for k in range(11)])
print(binom(100, 50))

# Catalan numbers
print([binom(2 * n, n) // (n + 1) for n in range(15)])

# negative big numbers
neg = -fact(22)
print(neg, abs(neg), neg // 7, neg % 7, -neg > 10 ** 20)
