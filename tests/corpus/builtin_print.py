# print(): multiple arguments, sep, end, and str() conversion.

print()
print("one")
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="|")
print("y", end="|\n")
print(1, 2.5, None, True, [1, "s"], (1,), {"k": "v"})
print("tab", "sep", sep="\t")
print(sep="-")
print("only end", end="\n\n")
print("multi", "end", sep="+", end="!\n")
print(*range(5))
print(*"abc", sep=".")
print("", "", sep="x")
print("%s" % "formatted", "{}".format("also"))
print("unicode: é ✓")
print("sep None", "works", sep=None)
print("end None", end=None)
print("escape \\n stays", r"raw \t")

for i in range(3):
    print(i, end=" ")
print()

class Obj:
    def __str__(self):
        return "Obj.__str__"
print(Obj(), [1], sep=" :: ")

lines = ["first", "second", "third"]
print(*lines, sep="\n")
print("\n".join(lines))
