# Formatting text tables with computed column widths and alignment.

def render(headers, rows, aligns=None):
    cols = len(headers)
    aligns = aligns or ["<"] * cols
    cells = [[str(h) for h in headers]] + [[("%.2f" % c) if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(cols)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [sep]
    for n, row in enumerate(cells):
        parts = []
        for i, text in enumerate(row):
            a = "^" if n == 0 else aligns[i]
            parts.append(" " + format(text, a + str(widths[i])) + " ")
        lines.append("|" + "|".join(parts) + "|")
        if n == 0:
            lines.append(sep.replace("-", "="))
    lines.append(sep)
    return "\n".join(lines)

headers = ["Product", "Qty", "Unit price", "Total"]
items = [("Widget", 3, 4.5), ("Gadget with long name", 1, 129.99), ("Nut", 250, 0.02), ("Bolt", 12, 0.3)]
rows = [(name, qty, price, qty * price) for name, qty, price in items]
rows.append(("TOTAL", sum(r[1] for r in rows), "", sum(r[3] for r in rows)))
print(render(headers, rows, ["<", ">", ">", ">"]))

scores = {"ann": [90, 85, 77], "bob": [60, 75, 88], "cyd": [100, 95, 98]}
rows = []
for name in sorted(scores):
    s = scores[name]
    avg = sum(s) / len(s)
    rows.append((name.title(), *s, avg, "pass" if avg >= 75 else "fail"))
print(render(["Name", "T1", "T2", "T3", "Avg", "Result"], rows, ["<", ">", ">", ">", ">", "^"]))

print(render(["Empty"], []))

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines

para = "The quick brown fox jumps over the lazy dog while the cat watches from a comfortable distance."
for w in (20, 35):
    print("-" * w)
    for l in wrap(para, w):
        print(l.ljust(w) + "|")
