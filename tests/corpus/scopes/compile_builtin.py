# compile() in its three modes, code object reuse and introspection.

expr = compile("price * qty", "<order>", "eval")
print(type(expr).__name__, expr.co_filename, expr.co_name, sorted(expr.co_names))
for price, qty in [(2.5, 4), (10, 3)]:
    print(eval(expr, {"price": price, "qty": qty}))

module = compile("import sys\nlines = []\nfor i in range(3):\n    lines.append(i * i)\n", "<gen>", "exec")
ns = {}
exec(module, ns)
exec(module, ns)
print(ns["lines"], "sys" in ns)

single = compile("40 + 2", "<interactive>", "single")
print("single mode echoes the value:")
exec(single)
exec(compile("None", "<i>", "single"))
exec(compile("x = 5", "<i>", "single"))
print("assignment in single mode echoed nothing")

func_src = """
def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation
"""
code = compile(func_src, "<greet>", "exec")
env = {}
exec(code, env)
greet = env["greet"]
print(greet("Ada"), greet.__code__.co_filename, greet.__code__.co_varnames)
print([c.co_name for c in code.co_consts if hasattr(c, "co_name")])

for src, mode in [("x = ", "exec"), ("a b", "eval"), ("return 5", "exec"), ("1\n2", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(f"{src!r} ({mode}): {e.msg} at line {e.lineno}, file {e.filename}")
try:
    compile("1", "<x>", "weird")
except ValueError as e:
    print("ValueError:", e)

calc = compile("result = a ** b", "<calc>", "exec")
results = []
for a, b in [(2, 10), (3, 3), (10, 0)]:
    scope = {"a": a, "b": b}
    exec(calc, scope)
    results.append(scope["result"])
print(results)
print(eval(compile("[w.upper() for w in words]", "<c>", "eval"), {"words": ["a", "bc"]}))
lines = compile("a = 1\n\nb = a + 1\n", "<lines>", "exec")
print(lines.co_firstlineno, lines.co_names)
