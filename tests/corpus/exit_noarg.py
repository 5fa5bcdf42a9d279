# Ends with sys.exit() and no argument: status 0, nothing on stderr.

import sys

class Guard:
    def __enter__(self):
        print("enter guard")
        return self
    def __exit__(self, et, ev, tb):
        print("exit guard, exception type:", et.__name__ if et else None)
        return False

with Guard():
    print("calling sys.exit()")
    sys.exit()
print("not reached")
