# Other useful str methods and str() conversions.

print(str(123), str(-4.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(), repr(str()))
print(len("hello"), len(""))
print("a,b".split(",") == ["a", "b"])
print("Hello"[0].islower(), "hello"[0].islower())
print("x".join("abc").split("x"))
print("%s" % "x", "{}".format("y"), f"{'z'}")
print("abc" "def", "abc" + "def")
print("tic-tac-toe".split("-", 1)[1].upper())
print("  Mixed Input  ".strip().lower().replace(" ", "-"))
print(ord("0"), chr(48 + 7), int("7") + 1, str(7) + "1")
print("abc".encode().hex())

# str is immutable: methods return new strings
s = "abc"
t = s.upper()
print(s, t)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)

# checking membership and emptiness
for text in ["", "   ", "content"]:
    print(repr(text), bool(text), bool(text.strip()))

# string to list of ints and back
digits = "4096"
nums = [int(d) for d in digits]
print(nums, sum(nums), "".join(str(n) for n in nums[::-1]))
print(int("".join(reversed(digits))))
