# Two-argument iter(callable, sentinel).

values = [5, 3, 0, 8, 1]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v

print(list(iter(reader, 0)))
print(pos[0])

class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def roll(self):
        return self.rolls.pop(0)

d = Dice([3, 4, 6, 2, 6, 1])
for r in iter(d.roll, 6):
    print("rolled", r)
print("stopped at first 6, remaining", d.rolls)

chunks = ["ab", "cd", "", "ef"]
stream = iter(chunks)
def read_chunk():
    return next(stream)
print("".join(iter(read_chunk, "")))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 4)
print(next(it), next(it), next(it), next(it, "sentinel reached"))
