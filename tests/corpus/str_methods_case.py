# Case methods: upper, lower, title, capitalize, swapcase, casefold.

words = ["hello", "WORLD", "mIxEd CaSe", "python3 is fun", "o'neil's dog", "", "123abc"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())

print("hello world".title(), "HELLO WORLD".title(), "they're bill's".title())
print("a-b_c d".title())
print("Aa".swapcase().swapcase())

def snake_to_camel(s):
    parts = s.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])

def camel_to_snake(s):
    out = ""
    for ch in s:
        if ch.isupper():
            out += "_" + ch.lower()
        else:
            out += ch
    return out

for s in ["my_variable_name", "x", "http_response_code"]:
    c = snake_to_camel(s)
    print(s, "->", c, "->", camel_to_snake(c))

print("Case Insensitive".lower() == "case INSENSITIVE".lower())
