# compile() of AST objects: NodeTransformer round trips, hand-built trees,
# fix_missing_locations, copy_location/increment_lineno, PyCF_ONLY_AST identity.
import ast
import copy


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class RenameVars(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None


src = """
def f(a, b=10):
    total = a + b + 1
    return [total, 'x', 2.5]
result = f(5)
"""
tree = Doubler().visit(ast.parse(src))
ns = {}
exec(compile(tree, "<doubled>", "exec"), ns)
print(ns["result"])

tree = RenameVars().visit(ast.parse("x = 1\ny = x + 2\n"))
ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, "<renamed>", "exec"), ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["Y"])

tree = DropPass().visit(ast.parse("if True:\n    pass\n    x = 3\n"))
ns = {}
exec(compile(tree, "<drop>", "exec"), ns)
print(ns["x"])

# a tree built by hand
func = ast.FunctionDef(
    name="add",
    args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], vararg=None,
                       kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[ast.Constant(100)]),
    body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
    decorator_list=[], returns=None)
call = ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("add", ast.Load()), [ast.Constant(1)], [])], []))
module = ast.Module(body=[func, call], type_ignores=[])
ast.fix_missing_locations(module)
exec(compile(module, "<hand>", "exec"))
print(module.body[0].lineno, module.body[1].value.col_offset, module.body[0].args.args[0].lineno)

# eval and single modes
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
inter = ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant("shown"))]))
exec(compile(inter, "<i>", "single"))

# constants that only hand-built trees have
for value in [(1, (2, "three")), frozenset(), 1 + 2j, -0.0, 2 ** 80, b"raw", ..., None, True]:
    e = ast.fix_missing_locations(ast.Expression(ast.Constant(value)))
    print(repr(eval(compile(e, "<c>", "eval"))))

# compile(tree, ..., PyCF_ONLY_AST) hands the tree back
t = ast.parse("x")
print(compile(t, "<t>", "exec", ast.PyCF_ONLY_AST) is t)

# copy, deepcopy and positions helpers
t = ast.parse("a + b\nc\n")
t2 = copy.deepcopy(t)
print(ast.dump(t2, include_attributes=True) == ast.dump(t, include_attributes=True), t2.body[0] is not t.body[0])
ast.increment_lineno(t2, 5)
print([n.lineno for n in t2.body], t2.body[0].value.left.end_lineno)
n = ast.Name("z", ast.Load())
ast.copy_location(n, t.body[1].value)
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)

# functions with code from transformed trees keep line numbers
src = "def g():\n    return 1\n\n\ndef h():\n    return 2\n"
tree = ast.parse(src)
ns = {}
exec(compile(tree, "<lines>", "exec"), ns)
print(ns["g"].__code__.co_firstlineno, ns["h"].__code__.co_firstlineno, ns["h"].__code__.co_filename)

# a match statement and an f-string survive a round trip through compile
src = '''
def describe(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"x={x!r:>4}"
        case {"k": v, **rest}:
            return f"k {v} {sorted(rest)}"
        case [1, *others]:
            return f"{len(others)} others"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"
'''
ns = {}
exec(compile(ast.parse(src), "<match>", "exec"), ns)
for p in [(0, 0), (3, 0), {"k": 1, "z": 2}, [1, 2, 3], "hi", 4.5]:
    print(ns["describe"](p))
