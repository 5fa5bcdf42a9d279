# Generators used as state machines and resumable computations.

def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print([next(light) for _ in range(7)])

def tokenizer(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("NAME", text[i:j])
            i = j
        else:
            yield ("OP", ch)
            i += 1

print(list(tokenizer("x1 = 42 + y*(7-z)")))

def round_robin(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

def task(name, steps):
    for i in range(steps):
        yield "%s:%d" % (name, i)

print(list(round_robin(task("a", 3), task("b", 1), task("c", 2))))

def vending():
    credit = 0
    while True:
        coin = yield credit
        if coin == "refund":
            print("  refunding", credit)
            credit = 0
        elif coin == "buy":
            if credit >= 3:
                credit -= 3
                print("  dispensed item")
            else:
                print("  need more credit")
        else:
            credit += coin

v = vending()
next(v)
for action in [1, "buy", 2, "buy", 5, "buy", "refund", 1]:
    print(action, "->", v.send(action))
