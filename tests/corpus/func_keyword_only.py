# Keyword-only parameters (after * or *args).

def connect(host, *, port=80, secure=False):
    return "%s:%d%s" % (host, port, " (tls)" if secure else "")

print(connect("example"))
print(connect("example", port=443, secure=True))
print(connect(secure=True, host="h"))

try:
    connect("example", 8080)
except TypeError as e:
    print("TypeError:", e)

def required_kw(a, *, b, c):
    return a + b + c

print(required_kw(1, b=2, c=3))
try:
    required_kw(1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw(1)
except TypeError as e:
    print("TypeError:", e)

def log(*messages, level="INFO", sep=" "):
    return "[" + level + "] " + sep.join(messages)

print(log("a", "b"))
print(log("disk", "full", level="WARN"))
print(log("x", "y", "z", sep="/", level="DEBUG"))

def kwonly_defaults(*, x=1, y=2):
    return x * 10 + y

print(kwonly_defaults(), kwonly_defaults(y=9), kwonly_defaults(x=5, y=5))
