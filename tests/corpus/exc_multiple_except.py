# Several except clauses, tuples of exception classes, and dispatch.

def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return "lookup problem: " + type(e).__name__
    except ZeroDivisionError:
        return "math problem"
    except (TypeError, ValueError) as e:
        return "data problem: " + str(e)
    except Exception as e:
        return "other: " + type(e).__name__
    return "fine"

actions = [
    lambda: {}["x"],
    lambda: [][0],
    lambda: 1 % 0,
    lambda: int("nope"),
    lambda: len(3),
    lambda: [].nothing,
    lambda: None,
]
for a in actions:
    print(classify(a))

handled = (ValueError, KeyError)
try:
    raise KeyError("from tuple variable")
except handled as e:
    print("caught via variable tuple:", e)

errs = [ValueError, TypeError]
try:
    raise TypeError("list converted")
except tuple(errs) as e:
    print("caught via tuple(list):", e)

