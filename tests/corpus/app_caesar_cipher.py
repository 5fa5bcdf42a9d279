# Caesar and Vigenere ciphers with frequency-based cracking.

import math

ALPHA = "abcdefghijklmnopqrstuvwxyz"

def shift_char(c, k):
    if c.islower():
        return ALPHA[(ALPHA.index(c) + k) % 26]
    if c.isupper():
        return ALPHA[(ALPHA.index(c.lower()) + k) % 26].upper()
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

def vigenere(text, key, decrypt=False):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            k = ALPHA.index(key[i % len(key)])
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return "".join(out)

ENGLISH = {"e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0}

def score(text):
    letters = [c for c in text.lower() if c.isalpha()]
    return sum(ENGLISH.get(c, 0.1) for c in letters) / max(1, len(letters))

def crack(cipher):
    best = max(range(26), key=lambda k: score(caesar(cipher, -k)))
    return best, caesar(cipher, -best)

msg = "The quick brown fox jumps over the lazy dog, then rests in the shade."
for k in (1, 3, 13, 25):
    enc = caesar(msg, k)
    print(k, enc)
    print("  cracked:", crack(enc))

v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True) == msg)

freq = {}
for c in msg.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
total = sum(freq.values())
entropy = -sum(n / total * math.log2(n / total) for n in freq.values())
print(total, len(freq), round(entropy, 6))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
