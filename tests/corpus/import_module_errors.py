# Exceptions defined in and raised from an imported module.

import helper_errors
from helper_errors import HelperError, parse_positive

for text in ["5", "-3", "abc"]:
    try:
        print("parsed", parse_positive(text))
    except HelperError as e:
        print("HelperError:", e)
    except ValueError as e:
        print("ValueError:", e)

try:
    helper_errors.fail_deep(3)
except helper_errors.HelperError as e:
    print("caught from deep recursion in module:", e)

print(HelperError is helper_errors.HelperError, issubclass(HelperError, Exception))
print(HelperError.__name__, HelperError.__module__)
