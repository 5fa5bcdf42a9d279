# Format specs in f-strings: width, alignment, fill, sign, precision, types.

x = 3.14159265
n = 42
s = "text"
print(f"[{x:>8.3f}]")
print(f"[{x:<8.2f}]")
print(f"[{x:^9.1f}]")
print(f"[{x:08.3f}]")
print(f"[{-x:08.3f}]")
print(f"[{x:+.2f}] [{-x:+.2f}] [{x: .2f}] [{-x: .2f}]")
print(f"[{n:05d}] [{-n:05d}] [{n:5d}] [{n:<5d}] [{n:^5d}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}]")
print(f"[{255:08b}] [{255:#010x}]")
print(f"[{1234567:,}] [{1234567.891:,.2f}] [{1234567:_}]")
print(f"[{s:>10}] [{s:<10}] [{s:^10}] [{s:*^10}] [{s:-<8}] [{s:.2}]")
print(f"[{0.5:%}] [{0.25:.1%}] [{1:.0%}]")
print(f"[{12345.678:e}] [{12345.678:.2e}] [{0.000123:E}]")
print(f"[{x:g}] [{1e20:g}] [{0.0001:g}] [{123456789.0:g}] [{1.5:g}]")
print(f"[{n:.2f}] [{n:10.1f}] [{7:3}] [{'ab':3}]")
print(f"[{True:d}] [{True}] [{False:>6}]")
print(f"[{-0.0:.1f}] [{0.05:.1f}] [{0.15:.1f}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{x:10}] [{n:=+6d}] [{-n:=6d}]")

rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in rows:
    print(f"{name:<12}|{price:>7.2f}|{qty:>4d}|{price * qty:>8.2f}")

w = 6
for v in [1, 22, 333]:
    print(f"{v:>{w}}|{v:0{w}d}|{v:<{w}}|")
