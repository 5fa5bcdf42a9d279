# chr() and ord().

print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), repr(chr(0)))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(chr(1000)) == 1000, chr(ord("z")) == "z")

def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + 13) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + 13) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)

msg = "Hello, World!"
print(rot13(msg), rot13(rot13(msg)))

def letter_value(word):
    return sum(ord(c) - ord("a") + 1 for c in word.lower() if c.isalpha())
print(letter_value("abc"), letter_value("Python"))

print(ord(b"A"), ord(bytes([200])))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError for", repr(bad))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
