# Ends with raise SystemExit("message"): the message goes to stderr, status 1.

import sys

print("about to fail with a message")
for i in range(3):
    print("step", i)
raise SystemExit("fatal: configuration missing")
