# Different forms of raise: class, instance, with args, computed.

def raise_class():
    raise ValueError

def raise_instance():
    raise ValueError("with message")

def raise_computed(kind):
    errors = {"k": KeyError, "v": ValueError, "t": TypeError}
    raise errors[kind]("computed " + kind)

for fn in [raise_class, raise_instance]:
    try:
        fn()
    except ValueError as e:
        print(repr(e), "| str:", repr(str(e)), "| args:", e.args)

for k in "kvt":
    try:
        raise_computed(k)
    except Exception as e:
        print(type(e).__name__, e)

# raising something that is not an exception
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

class NotAnError:
    pass
try:
    raise NotAnError
except TypeError as e:
    print("TypeError:", e)

# Exception instances are reusable objects
err = RuntimeError("shared")
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        print("round", i, e is err)

# raise inside a lambda via helper
def throw(exc):
    raise exc
try:
    (lambda: throw(IndexError("from lambda")))()
except IndexError as e:
    print("IndexError:", e)

# Exception with non-string arguments
try:
    raise ValueError(1, [2, 3], {"k": 4})
except ValueError as e:
    print(e)
    print(e.args[1][1], e.args[2]["k"])
