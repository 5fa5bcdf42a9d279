# A module body runs only once, no matter how many times it is imported.

print("before first import")
import helper_counter
print("after first import")
import helper_counter
print("after second import")
from helper_counter import bump
import helper_counter as hc

print(bump(), bump(), helper_counter.count, hc.count)
print(hc is helper_counter)

def inner():
    import helper_counter
    return helper_counter.bump()

print(inner(), helper_counter.count)

