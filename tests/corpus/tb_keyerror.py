# Uncaught KeyError from a dict lookup.

inventory = {"apples": 3, "pears": 5}

def take(item, n):
    inventory[item] -= n
    return inventory[item]

print("apples left:", take("apples", 1))
print("pears left:", take("pears", 2))
print("kiwis left:", take("kiwis", 1))
