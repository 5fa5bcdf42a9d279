# A handler logs and re-raises with bare raise; the exception ends the program.

def risky(n):
    if n > 2:
        raise RuntimeError("n too large: %d" % n)
    return n * 10

def wrapper(n):
    try:
        return risky(n)
    except RuntimeError:
        print("wrapper: logging failure for", n)
        raise

for n in range(5):
    print("result", wrapper(n))
