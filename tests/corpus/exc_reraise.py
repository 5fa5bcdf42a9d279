# Re-raising: bare raise, raise e, raising in handlers.

def risky(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("  wrapper logging and re-raising")
        raise

for n in [3, -1]:
    try:
        print("result", wrapper(n))
    except ValueError as e:
        print("top level caught:", e)

def reraise_named():
    try:
        [].pop()
    except IndexError as e:
        print("  got", e)
        raise e

try:
    reraise_named()
except IndexError as e:
    print("caught again:", e)

# bare raise re-raises the exception currently being handled, even after
# another exception was handled inside the handler
def tricky():
    try:
        raise KeyError("original")
    except KeyError:
        try:
            raise ValueError("temporary")
        except ValueError:
            pass
        raise

try:
    tricky()
except KeyError as e:
    print("tricky re-raised:", repr(e))

# Retry loop that re-raises after the last attempt
class TransientError(Exception):
    pass

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise TransientError("attempt %d failed" % attempts)
    return "success on attempt %d" % attempts

def retry(fn, times):
    for i in range(times):
        try:
            return fn()
        except TransientError as e:
            print("  retry", i, e)
            if i == times - 1:
                raise

print(retry(flaky, 5))
attempts = -10
try:
    retry(flaky, 2)
except TransientError as e:
    print("gave up:", e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
