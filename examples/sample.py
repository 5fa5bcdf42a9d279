"""A sample program: classes, generators, closures and exceptions on the VM."""


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} cannot withdraw {amount}")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


acct = Account("ada", 100)
for amount in (30, 50, 40):
    try:
        print("withdraw", amount, "->", acct.withdraw(amount))
    except ValueError as e:
        print("refused:", e)
print(acct)

gen = primes()
print("primes:", [next(gen) for _ in range(10)])
bump = counter()
bump()
print("counter:", bump(5))
print("squares:", {n: n * n for n in range(5)})
