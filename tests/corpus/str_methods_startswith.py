# startswith and endswith, including tuples and ranges.

name = "report_2024.csv"
print(name.startswith("report"), name.startswith("data"), name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b", "r")))
print(name.startswith("2024", 7), name.startswith("2024", 7, 10), name.endswith("report", 0, 6))
print(name.startswith(""), name.endswith(""), "".startswith(""), "".startswith("a"))
print(name.startswith("REPORT"), name.lower().startswith("report"))
print("abc".endswith("abc"), "abc".endswith("zabc"))

files = ["a.py", "b.txt", "c.PY", "test_x.py", "test_y.txt", "notes.md"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith(".py")])
print([f for f in files if f.startswith("test_") and f.endswith((".py", ".txt"))])

urls = ["http://a.com", "https://b.org", "ftp://c.net", "mailto:x"]
for u in urls:
    if u.startswith(("http://", "https://")):
        kind = "web"
    elif u.startswith("ftp"):
        kind = "file"
    else:
        kind = "other"
    print(u, kind)

try:
    name.startswith(["report"])
except TypeError as e:
    print("TypeError raised for list argument:", type(e).__name__)
