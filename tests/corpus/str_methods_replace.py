# str.replace.

s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 1))
print(s.replace("the", "a", 2))
print(s.replace("at", "og"))
print(s.replace(" ", ""))
print(s.replace("zzz", "yyy"))
print("aaaa".replace("aa", "b"))
print("aaa".replace("a", "aa"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("Hello".replace("l", "L", 0))
print("a.b.c".replace(".", "/"))
print("tab\tsep".replace("\t", "    "))
print("line1\nline2".replace("\n", "\\n"))

text = "I like apples. Apples are great. APPLES!"
print(text.replace("apples", "pears"))
print(text.lower().replace("apples", "pears"))

template = "Dear {name}, your order {id} is ready."
print(template.replace("{name}", "Sam").replace("{id}", "#123"))

# replace returns a new string
orig = "unchanged"
new = orig.replace("un", "")
print(orig, new)
