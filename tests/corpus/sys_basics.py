# Deterministic parts of the sys module.

import sys

print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1)
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(callable(sys.exit))

try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code:", e.code)

try:
    sys.exit("goodbye")
except SystemExit as e:
    print("SystemExit caught, code:", repr(e.code))

try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code:", e.code)

try:
    raise SystemExit(7)
except SystemExit as e:
    print("SystemExit caught, code:", e.code, "args:", e.args)

print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))

def cleanup_demo():
    try:
        sys.exit(2)
    finally:
        print("finally runs before exit propagates")

try:
    cleanup_demo()
except SystemExit as e:
    print("exit code", e.code)
print("still running")
