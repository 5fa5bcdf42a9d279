# splitlines with different line endings and keepends.

text = "first line\nsecond line\r\nthird line\rfourth\n\nsixth"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines())
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines())
print("trailing\n".splitlines(), "trailing\n".split("\n"))
print("a\nb".splitlines(keepends=True))

poem = """Roses are red,
  Violets are blue,
Sugar is sweet,
    And so are you."""
lines = poem.splitlines()
print(len(lines))
for i, line in enumerate(lines, 1):
    print("%d: [%s] indent=%d" % (i, line.strip(), len(line) - len(line.lstrip())))

longest = max(lines, key=len)
print("longest:", repr(longest))
print("words per line:", [len(l.split()) for l in lines])
