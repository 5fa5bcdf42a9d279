# Exceptions flowing through with blocks, including in nested functions.

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back because of", et.__name__ + ":", ev)
        else:
            print("  committed")
        return False

accounts = {"alice": 100, "bob": 50}

def transfer(src, dst, amount):
    with Transaction(accounts) as acc:
        acc[src] -= amount
        if acc[src] < 0:
            raise ValueError("insufficient funds in " + src)
        acc[dst] += amount

for src, dst, amt in [("alice", "bob", 30), ("bob", "alice", 500), ("bob", "carol", 10)]:
    try:
        transfer(src, dst, amt)
    except (ValueError, KeyError) as e:
        print("transfer failed:", type(e).__name__, e)
    print(" ", accounts)

# The exception object given to __exit__ is the one raised
class Capture:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.et, self.ev = et, ev
        return True

err = IndexError("specific instance")
with Capture() as cap:
    raise err
print(cap.et is IndexError, cap.ev is err)

# Exception raised from a function called inside with
def deep():
    raise LookupError("deep problem")

with Capture() as cap:
    deep()
print(cap.et.__name__, cap.ev)

# Generator-like cleanup ordering with nested with and finally
def work():
    try:
        with Capture():
            try:
                raise TypeError("t")
            finally:
                print("  inner finally")
        print("  after with (suppressed)")
    finally:
        print("  outer finally")

work()
