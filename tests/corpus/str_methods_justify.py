# center, ljust, rjust, zfill, expandtabs.

s = "abc"
print("[" + s.center(9) + "]", "[" + s.center(8) + "]", "[" + s.center(2) + "]")
print("[" + s.center(9, "*") + "]", "[" + s.center(10, "-") + "]")
print("[" + s.ljust(7) + "]", "[" + s.ljust(7, ".") + "]", "[" + s.ljust(1) + "]")
print("[" + s.rjust(7) + "]", "[" + s.rjust(7, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "123456".zfill(3), "".zfill(3))
print("3.14".zfill(8), "-0.5".zfill(6))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()), repr("\t".expandtabs(2)))

rows = [("Name", "Qty", "Price"), ("apple", "3", "1.20"), ("watermelon", "12", "15.00")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print(r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].rjust(widths[2]))

print("TITLE".center(20, "="))
for i in range(1, 5):
    print(("*" * (2 * i - 1)).center(9))
