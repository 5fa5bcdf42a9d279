# Ends with sys.exit(3): the process exit status must be 3.

import sys

def main():
    print("doing some work")
    total = sum(range(10))
    print("total", total)
    if total > 40:
        print("exiting with status 3")
        sys.exit(3)
    print("not reached")

try:
    main()
finally:
    print("finally block runs during exit")
print("not reached either")
