# compile() with eval/exec modes.

code = compile("3 * 7", "<expr>", "eval")
print(eval(code))
print(eval(code))

code = compile("y = x * 2\nprint('y is', y)", "<stmts>", "exec")
ns = {"x": 21}
exec(code, ns)
print(ns["y"])
ns["x"] = 5
exec(code, ns)

fn_code = compile("def sq(n):\n    return n * n\n", "<def>", "exec")
env = {}
exec(fn_code, env)
print([env["sq"](i) for i in range(5)])

exprs = ["1 + 1", "2 ** 10", "len('abc')", "[i for i in range(3)]"]
compiled = [compile(e, "<e>", "eval") for e in exprs]
for src, c in zip(exprs, compiled):
    print(src, "=", eval(c))

try:
    compile("def broken(:", "<bad>", "exec")
except SyntaxError:
    print("SyntaxError from compile")

single = compile("a = 1; b = 2; c = a + b", "<multi>", "exec")
space = {}
exec(single, space)
print(space["c"])
