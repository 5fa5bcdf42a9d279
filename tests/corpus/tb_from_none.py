# raise ... from None suppresses the context in the traceback.

def lookup_code(name):
    codes = {"red": 1, "green": 2}
    try:
        return codes[name]
    except KeyError:
        raise ValueError("unknown colour: " + name) from None

print(lookup_code("red"))
print(lookup_code("blue"))
