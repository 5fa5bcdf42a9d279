# str.split and str.join.

s = "the quick  brown   fox"
print(s.split())
print(s.split(" "))
print(s.split(" ", 2))
print(s.split(None, 1))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("   padded   ".split())
print("".split(), "".split(","))
print("one".split(","))
print("a--b--c".split("--"))
print("line1\nline2\r\nline3\tx".split())
print("key=value=more".split("=", 1))
print("1 2 3".split(maxsplit=1))

print(",".join(["a", "b", "c"]))
print("".join(["x", "y", "z"]))
print(" | ".join(("one", "two")))
print("-".join("abc"))
print(", ".join(str(n) for n in range(5)))
print("".join([]))
print("\n".join(["first", "second"]))
print("+".join(["solo"]))
print("ab".join("123"))

words = "Hello World From Python".split()
print("_".join(w.lower() for w in words))
print(" ".join(reversed(words)))

csv = "name,age,city\nann,31,nyc\nbob,25,sf"
rows = [line.split(",") for line in csv.split("\n")]
header, *body = rows
for row in body:
    print(dict(zip(header, row)))

try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
