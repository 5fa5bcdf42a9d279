# assert statements: passing, failing, messages.

assert True
assert 1 + 1 == 2, "math works"
assert [1], "non-empty list is truthy"
print("passing asserts produce no output")

try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args, "str:", repr(str(e)))

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)

def check_positive(n):
    assert n > 0, "expected positive, got %d" % n
    return n

for n in [5, 0, -3]:
    try:
        print(check_positive(n))
    except AssertionError as e:
        print("failed:", e)

# The message expression is only evaluated on failure
calls = []
def message():
    calls.append(1)
    return "lazy message"

assert True, message()
print("message calls after passing assert:", len(calls))
try:
    assert False, message()
except AssertionError as e:
    print(e, "calls:", len(calls))

# Non-string messages
try:
    assert [] , {"code": 7}
except AssertionError as e:
    print("dict message:", e.args[0]["code"])

try:
    assert None, 123
except AssertionError as e:
    print("int message:", e)

# assert with a tuple is always true (common mistake) -- avoided here;
# assert inside a loop
data = [2, 4, 6, 7, 8]
try:
    for d in data:
        assert d % 2 == 0, "odd value %d" % d
except AssertionError as e:
    print("loop stopped:", e)
