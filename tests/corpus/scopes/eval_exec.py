# eval and exec with explicit globals and locals dictionaries.

print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("a + b", {"a": 1}, {"b": 10}))

g = {}
exec("counter = 5\ndef bump():\n    global counter\n    counter += 1\n    return counter", g)
print(g["counter"], g["bump"](), g["bump"](), g["counter"])
print("__builtins__" in g, sorted(k for k in g if k != "__builtins__"))

ns_globals = {"scale": 3}
ns_locals = {}
exec("result = [scale * i for i in range(4)]\nlocal_name = 'set in locals'", ns_globals, ns_locals)
print(ns_locals["result"], ns_locals["local_name"], "result" in ns_globals)

code = """
total = 0
for item in items:
    total += item
average = total / len(items)
"""
env = {"items": [4, 8, 15, 16, 23, 42]}
exec(code, env)
print(env["total"], env["average"])

print(exec("1 + 1"), eval("None"))
safe = {"__builtins__": {}}
try:
    eval("len([1, 2])", safe)
except NameError as e:
    print("NameError:", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))

def calc(expr, **variables):
    return eval(expr, {"__builtins__": {}}, variables)
print(calc("w * h", w=3, h=4), calc("(a + b) / 2", a=1, b=2))

for bad in ["1 +", "x = 1", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)

class Recorder(dict):
    def __getitem__(self, key):
        print(f"  lookup {key!r}")
        return super().__getitem__(key)
print(eval("p + q", {}, Recorder(p=1, q=2)))

exec("class Dyn:\n    v = 9\n", g)
print(g["Dyn"].v, g["Dyn"].__module__ if "__name__" in g else "module: " + str(g["Dyn"].__module__))
print(eval("[n ** 2 for n in range(k)]", {"k": 4}))
try:
    eval("[k * n for n in range(2)]", {}, {"k": 5})
except NameError as e:
    print("NameError:", e)
