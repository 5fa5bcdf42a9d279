# Conway's Game of Life on a small fixed grid.

def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}

def step(live, height, width):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, height, width):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(width)) for r in range(height))

glider = parse([
    ".#......",
    "..#.....",
    "###.....",
    "........",
    "........",
    "........",
])
H, W = 6, 8
world = glider
for gen in range(5):
    print("generation", gen, "live", len(world))
    print(render(world, H, W))
    world = step(world, H, W)

blinker = parse(["", ".###", ""])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(blinker), sorted(b1), b2 == blinker)

block = parse(["##", "##"])
print(step(block, 6, 6) == block)
