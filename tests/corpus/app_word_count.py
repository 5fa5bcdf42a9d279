# Word frequency counting with results printed in sorted order.

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()

ws = words(TEXT)
print("total words:", len(ws))
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
print("distinct words:", len(counts))

by_freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 8:")
for word, n in by_freq[:8]:
    print("  %-8s %3d %s" % (word, n, "#" * n))

print("alphabetical, singletons:")
print("  " + ", ".join(sorted(w for w, n in counts.items() if n == 1)))

lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print(sorted(letters.items())[:5])

bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print([("%s %s" % k, v) for k, v in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
