# Benchmark: counting words in dicts, dict iteration and sorting of items.
N = 40000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "vo", "xe", "zu"]


def make_words(n):
    words = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = SYLLABLES[seed % 10]
        b = SYLLABLES[(seed // 10) % 10]
        c = SYLLABLES[(seed // 100) % 3]
        words.append(a + b + c)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    lengths = {}
    for w, c in counts.items():
        lengths[len(w)] = lengths.get(len(w), 0) + c
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(counts), sorted(lengths.items()), top


words = make_words(N)
distinct, lengths, top = count(words)
print("dict_words", N, distinct, lengths, top)
