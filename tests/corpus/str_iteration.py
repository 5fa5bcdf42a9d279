# Iterating over strings and building new strings.

word = "Mississippi"
for ch in word[:4]:
    print(ch, end=" ")
print()

print(list(word), tuple("abc"), set("aab") == {"a", "b"})
print([c for c in word if c in "aeiou"])
print(sum(1 for c in word if c == "s"))
print({c: word.count(c) for c in word})
print(list(enumerate("xyz", 1)))
print(list(zip("abc", "12345")))
print("".join(sorted(word)), "".join(sorted(word, reverse=True)))
print("".join(c.upper() if i % 2 == 0 else c for i, c in enumerate("alternating")))

def compress(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(prev + (str(count) if count > 1 else ""))
            prev, count = c, 1
    out.append(prev + (str(count) if count > 1 else ""))
    return "".join(out)

for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), "->", repr(compress(s)))

it = iter("ab")
print(next(it), next(it), next(it, "end"))

# reversed string iteration
print([c for c in reversed("stressed")], "".join(reversed("stressed")))

# iterate with index using range
s = "hello"
for i in range(len(s) - 1):
    print(s[i] + s[i + 1], end=" ")
print()
