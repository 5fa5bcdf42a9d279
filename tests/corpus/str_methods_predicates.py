# String predicate methods: isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isdecimal, isnumeric, isidentifier.

samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World",
           "hello world", "HELLO WORLD", "_name", "2name", "a b", "ABC1", "-5"]

header = "%-14s %5s %5s %5s %5s %5s %5s %5s %5s" % (
    "sample", "digit", "alpha", "alnum", "space", "upper", "lower", "title", "ident")
print(header)
for s in samples:
    print("%-14r %5s %5s %5s %5s %5s %5s %5s %5s" % (
        s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
        s.isupper(), s.islower(), s.istitle(), s.isidentifier()))

print("123".isdecimal(), "123".isnumeric(), "12a".isdecimal())
print("abc".isascii(), "".isascii())

def classify_token(tok):
    if tok.isdigit():
        return "int"
    if tok.replace(".", "", 1).isdigit():
        return "float"
    if tok.isidentifier():
        return "name"
    if tok.isspace():
        return "space"
    return "symbol"

print([(t, classify_token(t)) for t in ["42", "3.14", "x_1", "+", " ", "1.2.3"]])
