# Benchmark: string methods, slicing, joins and formatting.
N = 6000

WORDS = ["alpha", "Bravo", "charlie", "Delta", "echo", "Foxtrot", "golf", "Hotel"]


def build(n):
    checksum = 0
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        s = "%s-%04d" % (w.upper(), i)
        t = f"{w.lower():>10}|{i * 3:06d}|{i / 7:.3f}"
        parts = (s + " " + t).split("|")
        joined = ",".join(p.strip() for p in parts)
        if joined.startswith("ECHO") or "golf" in joined:
            joined = joined.replace("-", "_")
        checksum += len(joined) + joined.count("0") + joined.find("|")
        lines.append(joined[:12].title())
    text = "\n".join(lines)
    return checksum, len(text), text[-30:].replace("\n", "/")


result = build(N)
print("string_build", N, result[0], result[1], result[2])
