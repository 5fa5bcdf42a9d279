# Exceptions with custom __str__ and __repr__.

class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def __str__(self):
        return "HTTP %d: %s" % (self.code, self.reason)

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e)
    print(str(e))
    print(e.args)
    print(type(e).__name__, e)
    print("message: %s" % e)
    print(f"f-string: {e}")

class Quiet(Exception):
    def __str__(self):
        return ""

try:
    raise Quiet("ignored text")
except Quiet as e:
    print(repr(str(e)), e.args)

class ParseError(ValueError):
    def __init__(self, line, col, msg):
        super().__init__(msg)
        self.line, self.col = line, col
    def __str__(self):
        base = super().__str__()
        return "line %d, col %d: %s" % (self.line, self.col, base)

try:
    raise ParseError(3, 14, "unexpected token")
except ValueError as e:
    print(e)
    print(isinstance(e, ParseError), e.args)

# Exception str with args of various lengths
print(str(Exception()), "|", str(Exception("a")), "|", str(Exception("a", "b")))
print(repr(Exception()), repr(Exception("a")), repr(Exception("a", 1)))
print(str(KeyError("k")), str(KeyError("k", "v")), repr(KeyError("k")))
print(str(ValueError(42)), repr(ValueError(42)))
