# Uncaught IndexError from a list access in a helper function.

def middle(items):
    return items[len(items) // 2]

def last_of_each(groups):
    return [g[-1] for g in groups]

print(middle([1, 2, 3]))
print(last_of_each([[1, 2], [3]]))
queue = []
print("next item:", queue[0])
