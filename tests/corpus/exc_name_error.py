# NameError for undefined names.

try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e)

def use_missing():
    return missing_function(1)

try:
    use_missing()
except NameError as e:
    print("NameError:", e)

x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError after del:", e)

def local_del():
    y = 1
    del y
    return y

try:
    local_del()
except NameError as e:
    print(type(e).__name__, "after local del:", e)

try:
    exec("print(not_defined_in_exec)")
except NameError as e:
    print("NameError in exec:", e)

print(isinstance(NameError("x"), Exception))
