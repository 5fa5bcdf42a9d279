# eval() and exec() on small source strings, with explicit namespaces.

print(eval("1 + 2 * 3"))
print(eval("[x * x for x in range(5)]"))
print(eval("'abc'.upper() + str(len('xyz'))"))
x = 10
print(eval("x + 5"))
print(eval("a * b", {"a": 6, "b": 7}))
print(eval("a + x", {"a": 1, "x": 2}))
print(eval("y", {}, {"y": "from locals"}))

ns = {}
exec("z = 42\ndef double(v):\n    return v * 2\n", ns)
print(ns["z"], ns["double"](21))

exec("result = sum(range(10))", ns)
print(ns["result"])

code = """
total = 0
for i in range(1, 6):
    total += i * i
squares_sum = total
"""
env = {}
exec(code, env)
print(env["squares_sum"])

exec("print('printed from exec', 1 + 1)")

def run(expr, **names):
    return eval(expr, {}, names)
print(run("p + q", p=1, q=2), run("max(vals)", vals=[3, 9, 2]))

calc = {"+": "a + b", "-": "a - b", "*": "a * b"}
for op, expr in calc.items():
    print(op, eval(expr, {"a": 7, "b": 3}))

print(exec("1 + 1"))

try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError caught")
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
