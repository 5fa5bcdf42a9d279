# Errors raised by unpacking.

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def two(seq):
    a, b = seq
    return a, b

def three(seq):
    a, b, c = seq
    return a, b, c

def star(seq):
    a, b, *c = seq
    return a, b, c

attempt("two([1, 2])", lambda: two([1, 2]))
attempt("two([1])", lambda: two([1]))
attempt("two([1, 2, 3])", lambda: two([1, 2, 3]))
attempt("two('abcd')", lambda: two("abcd"))
attempt("three((1, 2))", lambda: three((1, 2)))
attempt("three([])", lambda: three([]))
attempt("two(5)", lambda: two(5))
attempt("two(None)", lambda: two(None))
attempt("star([1])", lambda: star([1]))
attempt("star([1, 2])", lambda: star([1, 2]))
attempt("two(iter([1, 2, 3]))", lambda: two(iter([1, 2, 3])))
attempt("two({'k': 1})", lambda: two({"k": 1}))
attempt("two({'a': 1, 'b': 2})", lambda: two({"a": 1, "b": 2}))
