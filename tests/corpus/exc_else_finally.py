# try/except/else/finally ordering.

def run(action):
    print("start", action)
    try:
        if action == "raise":
            raise RuntimeError("boom")
        if action == "value":
            int("nope")
        print("  try body done")
    except RuntimeError as e:
        print("  except RuntimeError:", e)
    except ValueError:
        print("  except ValueError")
    else:
        print("  else: no exception")
    finally:
        print("  finally always")
    print("end", action)

run("ok")
run("raise")
run("value")

# finally runs when the exception is not caught here
def inner():
    try:
        raise KeyError("k")
    finally:
        print("inner finally")

try:
    inner()
except KeyError as e:
    print("outer caught", repr(e))

# else is skipped on exception, runs before finally
log = []
for x in [1, 0, 2]:
    try:
        r = 10 // x
    except ZeroDivisionError:
        log.append("err")
    else:
        log.append("ok%d" % r)
    finally:
        log.append("fin")
print(log)

# exception raised in else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raised")
except ValueError as e:
    print("outer got:", e)

# try/finally without except
def cleanup_demo():
    try:
        return "returned value"
    finally:
        print("cleanup before return")

print(cleanup_demo())
