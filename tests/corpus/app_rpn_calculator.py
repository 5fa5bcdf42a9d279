# Reverse Polish notation calculator and infix-to-RPN conversion (shunting-yard).

import math

OPS = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "//": (2, lambda a, b: a // b),
    "^": (3, lambda a, b: a ** b),
}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise ValueError("stack underflow at %r" % tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok][1](a, b))
        elif tok == "sqrt":
            stack.append(math.sqrt(stack.pop()))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("leftover stack: %r" % stack)
    return stack[0]

def to_rpn(infix):
    out, ops = [], []
    for tok in infix.split():
        if tok in OPS:
            while ops and ops[-1] in OPS and (OPS[ops[-1]][0] > OPS[tok][0] or
                                              (OPS[ops[-1]][0] == OPS[tok][0] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "9 sqrt dup *", "1 2 swap -", "7 2 //", "7 2 /", "1.5 2 *"]:
    print("%-22s = %r" % (e, rpn(e)))

for e in ["1 +", "1 2 3 +", "4 0 /"]:
    try:
        rpn(e)
    except (ValueError, ZeroDivisionError) as ex:
        print("%-22s ! %s: %s" % (e, type(ex).__name__, ex))

for infix in ["3 + 4 * 2", "( 3 + 4 ) * 2", "2 ^ 3 ^ 2", "10 - 4 - 3", "( 1 + 2 ) * ( 3 + 4 ) // 5"]:
    r = to_rpn(infix)
    print("%-28s -> %-20s = %r" % (infix, r, rpn(r)))
