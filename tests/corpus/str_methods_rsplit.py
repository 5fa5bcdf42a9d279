# str.rsplit versus split with maxsplit.

path = "usr/local/lib/python/site.py"
print(path.rsplit("/", 1))
print(path.split("/", 1))
print(path.rsplit("/", 2))
print(path.rsplit("/"))
print("a b c d".rsplit(None, 1))
print("  a  b  c  ".rsplit())
print("  a  b  c  ".rsplit(None, 1))
print("a,b,c".rsplit(",", 0))
print("a,b,c".rsplit(",", 5))
print("".rsplit(","))
print("filename.tar.gz".rsplit(".", 1))
print("no-dots".rsplit(".", 1))

def ext(name):
    parts = name.rsplit(".", 1)
    return parts[1] if len(parts) == 2 else ""

for name in ["a.txt", "archive.tar.gz", "README", ".hidden"]:
    print(name, repr(ext(name)))

print("1:2:3:4".rsplit(":", maxsplit=2))
