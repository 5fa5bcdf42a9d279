# A table-driven state machine: a turnstile and a simple lexer for quoted strings.

TRANSITIONS = {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("locked", "push"): ("locked", "alarm"),
    ("unlocked", "push"): ("locked", "lock"),
    ("unlocked", "coin"): ("unlocked", "refund"),
    ("broken", "fix"): ("locked", "repaired"),
}

class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.log = []
        self.coins = 0

    def handle(self, event):
        if event == "kick":
            self.state = "broken"
            self.log.append("broken!")
            return
        key = (self.state, event)
        if key not in TRANSITIONS:
            self.log.append("ignored %s in %s" % (event, self.state))
            return
        self.state, action = TRANSITIONS[key]
        if action == "unlock":
            self.coins += 1
        self.log.append(action)

t = Turnstile()
for ev in ["push", "coin", "push", "coin", "coin", "push", "kick", "coin", "fix", "coin", "push"]:
    t.handle(ev)
    print("%-5s -> %-9s %s" % (ev, t.state, t.log[-1]))
print("coins collected:", t.coins)

def split_args(line):
    """Split a command line honouring double quotes and backslash escapes."""
    state = "space"
    args = []
    current = ""
    for ch in line:
        if state == "space":
            if ch == " ":
                continue
            if ch == '"':
                state = "quoted"
            else:
                current = ch
                state = "word"
        elif state == "word":
            if ch == " ":
                args.append(current)
                current = ""
                state = "space"
            elif ch == '"':
                state = "quoted"
            else:
                current += ch
        elif state == "quoted":
            if ch == '"':
                state = "word"
            elif ch == "\\":
                state = "escape"
            else:
                current += ch
        elif state == "escape":
            current += ch
            state = "quoted"
    if state in ("quoted", "escape"):
        raise ValueError("unterminated quote in %r" % line)
    if state == "word":
        args.append(current)
    return args

for line in ['cp a.txt b.txt', 'echo "hello world"  x', 'say "she said \\"hi\\""', 'mix"ed quo"tes', '   ', 'bad "quote']:
    try:
        print(repr(line), "->", split_args(line))
    except ValueError as e:
        print(repr(line), "-> ValueError:", e)
