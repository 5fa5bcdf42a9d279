# Uncaught user-defined exception with a message.

class ValidationError(Exception):
    pass

def validate(user):
    if not user.get("email"):
        raise ValidationError("user %r has no email address" % user["name"])
    return True

users = [{"name": "ann", "email": "ann@example.com"}, {"name": "bob", "email": ""}]
for u in users:
    print("validating", u["name"])
    validate(u)
    print("ok")
