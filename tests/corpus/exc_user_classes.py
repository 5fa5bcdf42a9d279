# User-defined exception classes with args, attributes and hierarchy.

class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what

def check(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("id") == 0:
        raise NotFound("user 0")
    return "valid"

for u in [{"name": "al", "id": 1}, {}, {"name": "x"}, {"name": "zed", "id": 0}]:
    try:
        print(check(u))
    except ValidationError as e:
        print("ValidationError", e.field, e.problem, e.args)
        print("  str:", e)
    except AppError as e:
        print(type(e).__name__, e, e.args)

print(issubclass(ValidationError, AppError), issubclass(NotFound, Exception))

class Simple(Exception):
    pass

e = Simple()
print(repr(str(e)), e.args)
e = Simple("one")
print(str(e), e.args, repr(e))
e = Simple("one", 2)
print(str(e), e.args, repr(e))

try:
    raise Simple
except Simple as e:
    print("raised class, got instance of", type(e).__name__, e.args)

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

try:
    raise WithDefault()
except WithDefault as e:
    print(e)
try:
    raise WithDefault("custom")
except WithDefault as e:
    print(e)

# Catching by base class
errs = [ValidationError("f", "p"), NotFound("x"), AppError("generic")]
for err in errs:
    try:
        raise err
    except AppError as caught:
        print("caught", type(caught).__name__, "is err:", caught is err)
