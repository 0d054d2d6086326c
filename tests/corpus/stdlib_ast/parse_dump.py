# ast.parse + ast.dump (with positions) over varied code: statements, expressions,
# f-strings, match statements, decorators, comprehensions, async, non-ASCII columns.
import ast

SOURCES = [
    "x = 1 + 2 * 3\n",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:\n    '''doc'''\n    return a\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 0\n    def m(self): pass\n",
    "async def g():\n    async with a as b, c:\n        await d\n    async for i in e:\n        yield i\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nelse:\n    pass\nfinally:\n    del x, y[0]\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "print(f'{x!r:>{w}} and {y=}' f\"{'nested'}\")\n",
    "s = 'é' + \"日本\"; t = 'x'\n",
    "[i for i in range(3) if i]; {k: v for k, v in d}; {s for s in t}; (g for g in h)\n",
    "lambda x, *y, z=1: x if y else z\n",
    "a[1:2, ::3, ...]; b.c.d; -x; not y; ~z; +w\n",
    "x = yield_ = (yield)\n" if False else "def gen():\n    x = yield 1\n    yield from x\n",
    "with open(f) as (a, b):\n    pass\n",
    "global g\nnonlocal_ = 1\nimport os.path as p, sys\nfrom . import (a as b, c)\nfrom ..m import *\n",
    "while x:\n    break\nelse:\n    continue_ = 1\nfor i in j:\n    continue\n",
    "assert x, 'msg'\nx += 1\ny: list[int]\n(z) = 3\na = b = c\n",
    "if (n := len(a)) > 10:\n    pass\nelif n < 0:\n    pass\nelse:\n    pass\n",
    "x = 1 if a else 2; y = a and b or c; z = a < b <= c != d is not e not in f\n",
    "print(*args, **kwargs, sep='')\n",
    "x = 0x1f + 1_000 + 1.5e3 + 2j + 10**100 + b'\\x00\\xff' + ...\n",
    "d = {**a, 'b': 1}; s = {1, *t}; l = [*u]\n",
]

MATCH = """
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case -1 | 1+2j | None | True | "s" | b"b" | a.b.c:
        pass
    case (x as y):
        pass
    case _:
        pass
"""

for src in SOURCES + [MATCH]:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=1))

print(ast.dump(ast.parse("1 + x", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(compile("a.b", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"), include_attributes=True))

# node identity and types
tree = ast.parse("a = b")
assign = tree.body[0]
print(type(assign).__name__, type(assign.targets[0].ctx).__name__, assign.targets[0].ctx is ast.parse("c = d").body[0].targets[0].ctx)
print(isinstance(assign, ast.stmt), isinstance(assign, ast.AST), isinstance(assign.value, ast.expr))
print(sorted(vars(assign)))
print(tree.type_ignores, assign.type_comment, assign.lineno, assign.end_col_offset)

# walk and get_source_segment
src = "def f(x):\n    return x * 2 + g(y)\n"
tree = ast.parse(src)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
for node in ast.walk(tree):
    if isinstance(node, ast.BinOp):
        print(repr(ast.get_source_segment(src, node)))

# syntax errors come from the parser as usual
for bad in ["1 +", "def f(:", "x = = 1", "f(**a, *b)"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
