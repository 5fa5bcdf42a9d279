# Unicode basics: len, indexing, ord/chr, comparison, iteration.

s = "naïve café"
print(s, len(s))
print(s[2], s[-1], s[6:])
print([ord(c) for c in "aé€"])
print(chr(233), chr(8364), chr(0x1F600) == "\U0001F600")
print("é" == "\u00e9", "é" < "z", "z" < "é")
print(sorted(["été", "ete", "Ete", "zèbre"]))
print(s.upper(), s.title())
print("".join(reversed("añb")))
print(s.find("é"), s.count("é"), s.replace("é", "e"))
print("ü" in "Grüße", "Grüße".startswith("Grü"))

greek = "αβγδ"
print(len(greek), greek.upper(), greek[1:3], [hex(ord(c)) for c in greek])

cjk = "日本語"
print(len(cjk), cjk[0], cjk[::-1], len(cjk.encode("utf-8")))

emoji = "😀x"
print(len(emoji), repr(emoji[1]), ord(emoji[0]))

def caesar_unicode(text, shift):
    return "".join(chr(ord(c) + shift) for c in text)

print(caesar_unicode("abc", 1), caesar_unicode("αβγ", 1))
print("%s|%5s|%-5s|" % ("é", "é", "é"))
print(f"{'ñ':^5}|{'ñ':*>3}")
