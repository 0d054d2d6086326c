# ast.literal_eval (values and errors) and ast.unparse (source regenerated from
# trees, including operator precedence, f-strings, match and decorators).
import ast
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))


for text in ["42", "-3.5", "1+2j", "-(1)", "'str'", "b'by'", "[1, [2, (3,)]]", "{'a': 1, 2: [None]}",
             "{1, 2}", "set()", "(True, False, None)", "  7", "\t[1]", "1_000", "0x10", "-0.0",
             "{'nested': {'k': (1, 2.0, 'x')}}", "...", "()", "[]", "{}"]:
    show(lambda: ast.literal_eval(text))

for bad in ["x", "f()", "1 + x", "[x]", "{**a}", "a.b", "1 if 2 else 3", "-'s'", "(1) + 'a'",
            "lambda: 1", "{[]: 1}", "2 ** 3", "1 +", "'a' 'b' + 'c'", "{1: 2, 3}", "--1"]:
    show(lambda: ast.literal_eval(bad))

show(lambda: ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
show(lambda: ast.literal_eval(ast.Constant(5)))
show(lambda: ast.literal_eval(ast.List([ast.Constant(1), ast.Name("y", ast.Load())], ast.Load())))

SOURCES = [
    "x = (a + b) * c - d / (e ** -f) // g % h",
    "y = not (a and b or c) is not d",
    "z = lambda x, *a, k=1, **kw: (x, a, k, kw)",
    "print(f'{x!r:>{width}} {y:.2f} {{literal}}', sep='')",
    "@dec(1)\n@other\nclass C(Base, metaclass=Meta):\n    '''Doc.'''\n    attr: int = 3\n\n    async def m(self, /, a, *, b):\n        async with x as y:\n            await z\n        return [i async for i in aiter() if i]",
    "for i, (j, k) in enumerate(pairs):\n    if i:\n        continue\n    elif j:\n        break\n    else:\n        pass\nelse:\n    del a[1:2], b.c",
    "try:\n    risky()\nexcept (ValueError, TypeError) as err:\n    raise RuntimeError('x') from err\nelse:\n    ok()\nfinally:\n    done()",
    "match cmd:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case str(s) as t:\n        pass",
    "global g\nwith open(p) as f, lock:\n    data = yield from f\nx = yield\nimport a.b as c\nfrom ..m import (n as o, p)",
    "value = {**base, 'k': [*items, 1], 'g': (x for x in y), 's': {i: i for i in r}}",
    "while (n := next(it)) is not None:\n    total += n; count -= 1",
    "assert isinstance(x, int), 'message'\nx: list[int] = []\nt = 1,\ns = a[1:2:3, ...]",
]
for src in SOURCES:
    text = ast.unparse(ast.parse(src))
    print(text)
    print(ast.dump(ast.parse(text)) == ast.dump(ast.parse(src)))

# unparse of hand-built nodes
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant(1e400)), ast.unparse(ast.Constant(-1e400j)), ast.unparse(ast.Constant((1, 'x'))))
