# Mutual recursion between functions.

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([(n, is_even(n), is_odd(n)) for n in range(6)])
print(is_even(101), is_odd(101))

# A tiny recursive-descent parser for nested lists of digits: "[1,[2,3],4]"
def parse_value(s, i):
    if s[i] == "[":
        return parse_list(s, i + 1)
    j = i
    while j < len(s) and s[j].isdigit():
        j += 1
    return int(s[i:j]), j

def parse_list(s, i):
    items = []
    if s[i] == "]":
        return items, i + 1
    while True:
        v, i = parse_value(s, i)
        items.append(v)
        if s[i] == ",":
            i += 1
        elif s[i] == "]":
            return items, i + 1

for text in ["[]", "[1]", "[1,[2,3],4]", "[[[]],[10,[20]],300]"]:
    value, end = parse_value(text, 0)
    print(text, "->", value, "consumed", end)

# Hofstadter Female and Male sequences
def F(n):
    return 1 if n == 0 else n - M(F(n - 1))

def M(n):
    return 0 if n == 0 else n - F(M(n - 1))

print([F(n) for n in range(15)])
print([M(n) for n in range(15)])
