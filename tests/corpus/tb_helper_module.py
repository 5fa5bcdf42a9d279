# Uncaught exception raised inside an imported helper module.

import helper_errors

print("calling into helper module")
print(helper_errors.parse_positive("12"))
helper_errors.fail_deep(2)
