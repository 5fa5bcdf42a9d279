# String comparison, concatenation and repetition.

print("apple" < "banana", "apple" < "Apple", "Zebra" < "apple")
print("abc" < "abcd", "abc" == "abc", "abc" != "ABC", "b" > "abc")
print("10" < "9", 10 < 9, "a" * 0 == "")
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9", ""]))
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"]))

print("ab" * 3, 3 * "ab", "-" * 10, "x" * -1 == "", "" * 5 == "")
print("con" + "cat" + "enation")
s = ""
for i in range(5):
    s += str(i)
print(s)

line = "=" * 20
print(line)
print("|" + " " * 18 + "|")
print(line)

# comparison is by code point, not locale
print(ord("a"), ord("A"), ord("z"), ord("Z"), "a" > "Z")
words = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(words), sorted(words, key=str.lower))

# equality vs identity of computed strings
a = "hel" + "lo"
b = "hello"
print(a == b)

# string multiplication creates tables
for i in range(1, 4):
    print(("*" * i).ljust(4) + "|" + ("#" * (4 - i)).rjust(4))
