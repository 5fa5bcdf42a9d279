# A small tokenizer, recursive-descent parser and evaluator for arithmetic
# with variables, precedence, unary minus, parentheses and function calls.

class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return "%s:%r" % (self.kind, self.value)

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*/%^(),=":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (c, i))
    tokens.append(Token("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind and tok.kind != kind or value is not None and tok.value != value:
            raise SyntaxError("expected %s %r, got %r" % (kind, value, tok))
        self.pos += 1
        return tok
    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].value == "=":
            name = self.take("name").value
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            node = (op, node, self.factor())
        return node
    def factor(self):
        if self.peek().value == "-":
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return ("^", base, self.factor())  # right associative
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", tok.value, args)
            return ("var", tok.value)
        if tok.value == "(":
            node = self.expr()
            self.take("op", ")")
            return node
        raise SyntaxError("unexpected token %r" % (tok,))

FUNCS = {"max": max, "min": min, "abs": abs}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError("undefined variable " + node[1])
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+": return a + b
    if kind == "-": return a - b
    if kind == "*": return a * b
    if kind == "/": return a / b
    if kind == "%": return a % b
    if kind == "^": return a ** b
    raise ValueError(kind)

print(tokenize("x = 3 + 4.5*(y - 1)"))
env = {}
program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x * 2 - 5",
    "x + y",
    "max(x, y, 7) % 4",
    "abs(-3.5) + min(2, 8)",
    "10 / 4",
    "z",
    "1 / (x - 10)",
    "3 $ 4",
    "(1 + 2",
]
for line in program:
    try:
        tree = Parser(tokenize(line)).statement()
        print("%-22s => %r" % (line, evaluate(tree, env)))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print("%-22s => %s: %s" % (line, type(e).__name__, e))
print(sorted(env.items()))
print(Parser(tokenize("a * (b + 1)")).statement())
