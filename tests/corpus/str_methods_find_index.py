# find, rfind, index, rindex with start/end arguments.

s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("z"), s.rfind("z"))
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.index("l", 10))
print(s.find(""), s.rfind(""), len(s))
print(s.find("hello", 1), s.find("hello", -12), s.find("python", -6))
print("aaa".find("aa"), "aaa".rfind("aa"))

for sub in ["world", "xyz"]:
    try:
        print(sub, "at", s.index(sub))
    except ValueError as e:
        print(sub, "ValueError:", e)
try:
    s.rindex("nope")
except ValueError as e:
    print("ValueError:", e)

# find all occurrences
def find_all(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out

print(find_all(s, "l"), find_all(s, "hello"), find_all("aaaa", "aa"))

# extracting between markers
html = "<b>bold</b> and <i>italic</i>"
start = html.find(">") + 1
end = html.find("<", start)
print(html[start:end])
i = html.rfind("<i>") + 3
print(html[i:html.rfind("</i>")])

print("abc".index("c", -1), "abcabc".rindex("abc", 0, 5))
