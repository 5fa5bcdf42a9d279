# Helper module defining exceptions and a function that raises.


class HelperError(Exception):
    pass


def parse_positive(text):
    value = int(text)
    if value <= 0:
        raise HelperError("not positive: %d" % value)
    return value


def fail_deep(n):
    if n == 0:
        raise HelperError("failed at the bottom")
    return fail_deep(n - 1)
