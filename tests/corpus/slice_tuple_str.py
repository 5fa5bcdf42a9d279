# Slicing tuples and strings.

t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[::3], t[-2:], t[:0], type(t[1:2]).__name__)

s = "Hello, World"
print(s[0:5], s[7:], s[-5:], s[::-1], s[::2], s[1::3])
print(s[:-7], s[-100:100], repr(s[5:5]), repr(s[20:]))
print(s[7:12:2], s[-1:-6:-1], s[::-3])

# reversing words
sentence = "the quick brown fox"
print(" ".join(w[::-1] for w in sentence.split()))
print(" ".join(sentence.split()[::-1]))

# palindromes
for w in ["racecar", "level", "python", "a", ""]:
    print(repr(w), w == w[::-1])

# first / last characters
word = "slicing"
print(word[0], word[-1], word[1:-1], word[:1].upper() + word[1:])

# string indexing from the end
for i in range(-1, -4, -1):
    print(i, s[i])

# slice with step on tuple of tuples
pairs = ((1, "a"), (2, "b"), (3, "c"), (4, "d"))
print(pairs[::2], pairs[1::2][0][1])

# tuples are immutable, slices give new objects
t2 = t[:]
print(t2 == t)

# bytes slicing
b = b"abcdef"
print(b[1:3], b[::-1], b[-2:], b[0])

# range slicing
r = range(0, 20, 2)
print(r[2:5], list(r[2:5]), r[::-1][0], list(r[-3:]))
