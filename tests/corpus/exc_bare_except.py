# Bare except, except Exception, and except BaseException.

def attempt(fn):
    try:
        fn()
        return "no error"
    except:
        return "bare except caught something"

print(attempt(lambda: 1 / 0))
print(attempt(lambda: [][0]))
print(attempt(lambda: None))

try:
    raise SystemExit(4)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)

try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except:
    print("bare except catches KeyboardInterrupt too")

def catch_all_then_reraise():
    try:
        raise ValueError("inner")
    except:
        print("cleanup in bare except")
        raise

try:
    catch_all_then_reraise()
except ValueError as e:
    print("propagated:", e)

errors = []
for thing in [lambda: int("z"), lambda: {}["k"], lambda: None.attr, lambda: 5]:
    try:
        thing()
    except Exception as e:
        errors.append(type(e).__name__)
    else:
        errors.append("ok")
print(errors)
