# Helper module whose body prints, to show that module code runs only once.

print("helper_counter: module body running")

count = 0


def bump():
    global count
    count += 1
    return count
