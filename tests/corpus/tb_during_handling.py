# Uncaught exception raised while handling another one (implicit chaining).

def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("empty input, trying to log the problem")
        log = None
        log.append("empty input")

print(average([1, 2, 3]))
print(average([]))
