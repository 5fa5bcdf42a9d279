# str.count with substrings, overlapping behaviour and ranges.

s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("z"), s.count(""))
print(s.count("a", 7), s.count("a", 0, 6), s.count("an", -7))
print("aaaa".count("aa"), "aaaaa".count("aa"))
print("".count(""), "".count("a"), "abc".count("abcd"))

text = "It was the best of times, it was the worst of times"
lower = text.lower()
for w in ["it", "was", "times", "the", "of", "worst"]:
    print(w, lower.count(w))

vowels = sum(text.lower().count(v) for v in "aeiou")
print("vowels:", vowels)

def char_histogram(word):
    seen = []
    for ch in word:
        if ch not in seen:
            seen.append(ch)
    return [(ch, word.count(ch)) for ch in seen]

print(char_histogram("mississippi"))
print(char_histogram("hello world"))

print([1, 2, 2, 3, 2].count(2), (1, 1, 0).count(1), [[1], [1]].count([1]))
