# Uncaught exception raised inside a method.

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: balance %d, requested %d" % (self.balance, amount))
        self.balance -= amount
        return self.balance

acct = Account("ann", 100)
print("balance after first withdrawal:", acct.withdraw(30))
print("balance after second withdrawal:", acct.withdraw(50))
acct.withdraw(500)
print("not reached")
