# Bank account simulation with transactions, errors and a report.

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %.2f (balance %.2f)" % (account.number, amount, account.balance))
        self.shortfall = amount - account.balance

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = [("open", balance)]

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return "Account(%d, %r, %.2f)" % (self.number, self.owner, self.balance)

class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, balance=0.0):
        acct = cls(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 100.0)
bob = bank.open(SavingsAccount, "bob", 250.0)
carol = bank.open(Account, "carol")
print(alice, bob, carol)

operations = [
    ("deposit", alice.number, 50),
    ("withdraw", carol.number, 10),
    ("transfer", bob.number, carol.number, 75.5),
    ("deposit", alice.number, -5),
    ("transfer", alice.number, 9999, 1),
    ("withdraw", alice.number, 150),
    ("interest", bob.number),
]
for op in operations:
    kind = op[0]
    try:
        if kind == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif kind == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        elif kind == "transfer":
            bank.transfer(op[1], op[2], op[3])
        elif kind == "interest":
            print("interest paid:", bank.accounts[op[1]].add_interest())
        print("ok   ", op)
    except InsufficientFunds as e:
        print("FAIL ", op, "->", e, "| shortfall %.2f" % e.shortfall)
    except ValueError as e:
        print("FAIL ", op, "->", e)
    except KeyError as e:
        print("FAIL ", op, "-> no such account", e)

print()
print("%-6s %-8s %10s" % ("number", "owner", "balance"))
for number in sorted(bank.accounts):
    a = bank.accounts[number]
    print("%-6d %-8s %10.2f" % (number, a.owner, a.balance))
print("total %.2f" % bank.total())
for a in (alice, bob, carol):
    print(a.owner, a.history)
