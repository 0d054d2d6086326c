# compile() of malformed AST objects: CPython's conversion errors (TypeError for
# missing fields and wrong classes, ValueError for required None fields and bad
# ints) and validation errors (contexts, empty bodies, positions, constants,
# patterns), plus the node constructor's own argument errors.
import ast
import re

L = dict(lineno=1, col_offset=0)


def show(f):
    try:
        r = f()
        print("OK", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))


def mod(*stmts):
    return ast.Module(list(stmts), [])


def c(tree, mode="exec"):
    return compile(tree, "<t>", mode)


def e(node):
    return ast.Expr(node, **L)


# conversion: missing fields and attributes, wrong types
show(lambda: c(mod(ast.Expr(ast.Name("x", ast.Load())))))
show(lambda: c(mod(ast.Expr(ast.Name("x", ast.Load(), **L)))))
show(lambda: c(mod(e(ast.Name("x", ast.Load(), **L)))))
show(lambda: c(mod(e(ast.BinOp(None, ast.Add(), ast.Name("x", ast.Load(), **L), **L)))))
show(lambda: c(mod(e(ast.Name("x", None, **L)))))
show(lambda: c(mod(e(ast.Name(None, ast.Load(), **L)))))
show(lambda: c(mod(e(ast.Name(1, ast.Load(), **L)))))
show(lambda: c(ast.Module([e(ast.Constant(1, **L))], 3)))
show(lambda: c(ast.Module([e(ast.Constant(1, **L))])))
show(lambda: c(ast.Module(e(ast.Constant(1, **L)), [])))
show(lambda: c(mod(ast.Expr(1, **L))))
show(lambda: c(mod(ast.Expr("text", **L))))
show(lambda: c(mod(e(ast.Constant(1, lineno="a", col_offset=0)))))
show(lambda: c(mod(e(ast.Constant(1, lineno=2 ** 70, col_offset=0)))))
show(lambda: c(mod(e(ast.Constant(1, lineno=True, col_offset=0)))))
show(lambda: c(mod(e(ast.Constant(1, kind=3, **L)))))
show(lambda: c(ast.Module([e(ast.Constant(1, **L))], [3])))
show(lambda: c(ast.Module([e(ast.Constant(1, **L))], [ast.TypeIgnore()])))
show(lambda: c(ast.Module([e(ast.Constant(1, **L))], [ast.TypeIgnore(1, 2)])))
show(lambda: c(mod(ast.Import([ast.alias("x")], **L))))
show(lambda: c(mod(ast.Import([ast.alias()], **L))))
show(lambda: c(mod(ast.Import([None], **L))))
show(lambda: c(mod(ast.FunctionDef("f", None, [ast.Pass(**L)], [], **L))))
show(lambda: c(mod(ast.FunctionDef("f", ast.arguments([], [None], None, [], [], None, []), [ast.Pass(**L)], [], **L))))
show(lambda: c(mod(e(ast.Constant(1, col_offset=0)))))
show(lambda: c(mod(e(ast.BinOp(ast.Constant(1, **L), ast.Load(), ast.Constant(2, **L), **L)))))
show(lambda: c(mod(e(ast.Compare(ast.Constant(1, **L), [ast.Add()], [ast.Constant(2, **L)], **L)))))

# root class and mode
show(lambda: c(mod(e(ast.Constant(1, **L))), "eval"))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), "exec"))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), "single"))
show(lambda: c(ast.Name("x", ast.Load(), **L), "exec"))
show(lambda: c(ast.Expression(ast.Constant(1, **L)), "xx"))
show(lambda: compile("x", "f", "xx", ast.PyCF_ONLY_AST))
show(lambda: compile("x", "f", "func_type"))
show(lambda: compile(3, "f", "exec"))
show(lambda: compile("x", "f", "exec", optimize=5))

# validation
show(lambda: c(mod(e(ast.Name("x", ast.Store(), **L)))))
show(lambda: c(mod(ast.Assign([ast.Constant(1, **L)], ast.Constant(1, **L), **L))))
show(lambda: c(mod(ast.Delete([ast.Name("x", ast.Load(), **L)], **L))))
show(lambda: c(mod(ast.Delete([], **L))))
show(lambda: c(mod(e(ast.Constant([1], **L)))))
show(lambda: c(mod(e(ast.Constant((1, [2]), **L)))))
show(lambda: c(mod(e(ast.Constant(frozenset({1.5}), **L)))))
show(lambda: c(mod(e(ast.Constant(1, **L)), None)))
show(lambda: c(mod(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], **L))))
show(lambda: c(mod(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, [ast.Constant(1, **L)]), [ast.Pass(**L)], [], **L))))
show(lambda: c(mod(ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("k", **L)], [], None, []), [ast.Pass(**L)], [], **L))))
show(lambda: c(mod(e(ast.Name("None", ast.Load(), **L)))))
show(lambda: c(mod(e(ast.Name("True", ast.Load(), **L)))))
show(lambda: c(mod(e(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L)))))
show(lambda: c(mod(e(ast.Dict([], [ast.Constant(1, **L)], **L)))))
show(lambda: c(mod(e(ast.Compare(ast.Constant(1, **L), [], [], **L)))))
show(lambda: c(mod(e(ast.Compare(ast.Constant(1, **L), [ast.Lt(), ast.Gt()], [ast.Constant(1, **L)], **L)))))
show(lambda: c(mod(e(ast.List([None], ast.Load(), **L)))))
show(lambda: c(mod(e(ast.ListComp(ast.Constant(1, **L), [], **L)))))
show(lambda: c(mod(ast.Raise(None, ast.Constant(1, **L), **L))))
show(lambda: c(mod(ast.Try([ast.Pass(**L)], [], [], [], **L))))
show(lambda: c(mod(ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L))))
show(lambda: c(mod(ast.With([], [ast.Pass(**L)], **L))))
show(lambda: c(mod(ast.ImportFrom("m", [ast.alias("a", **L)], -1, **L))))
show(lambda: c(mod(ast.Global([], **L))))
show(lambda: c(mod(ast.AnnAssign(ast.Attribute(ast.Name("a", ast.Load(), **L), "b", ast.Store(), **L), ast.Name("int", ast.Load(), **L), None, 1, **L))))
show(lambda: c(mod(e(ast.NamedExpr(ast.Attribute(ast.Name("a", ast.Load(), **L), "b", ast.Store(), **L), ast.Constant(1, **L), **L)))))

# positions
show(lambda: c(mod(ast.Expr(ast.Constant(1, **L), lineno=2, col_offset=0, end_lineno=1, end_col_offset=0))))
show(lambda: c(mod(ast.Expr(ast.Constant(1, **L), lineno=1, col_offset=5, end_lineno=1, end_col_offset=3))))
show(lambda: c(mod(ast.Expr(ast.Constant(1, **L), lineno=-1, col_offset=5, end_lineno=1, end_col_offset=3))))
show(lambda: c(mod(ast.Expr(ast.Constant(1, **L), lineno=1, col_offset=-5, end_lineno=1, end_col_offset=3))))
show(lambda: c(mod(ast.Expr(ast.Constant(1, **L), lineno=0, col_offset=0))))
show(lambda: c(mod(ast.Expr(ast.Constant(1, **L), lineno=1, col_offset=5))))
m = ast.parse("def f(a): pass")
m.body[0].args.args[0].end_lineno = 0
show(lambda: c(m))

# patterns
def case(pattern, subject=None):
    m = ast.parse("match x:\n case 1: pass")
    m.body[0].cases[0].pattern = pattern
    return c(ast.fix_missing_locations(m))

show(lambda: case(ast.MatchValue(ast.Constant(...))))
show(lambda: case(ast.MatchValue(ast.Name("y", ast.Load()))))
show(lambda: case(ast.MatchSingleton(1)))
show(lambda: case(ast.MatchStar("r")))
show(lambda: case(ast.MatchAs(ast.MatchValue(ast.Constant(1)), None)))
show(lambda: case(ast.MatchAs(None, "_")))
show(lambda: case(ast.MatchOr([ast.MatchAs(None, "a")])))
show(lambda: case(ast.MatchMapping([ast.Constant(1)], [], None)))
show(lambda: case(ast.MatchClass(ast.Constant(1), [], [], [])))
show(lambda: case(ast.MatchClass(ast.Name("C", ast.Load()), [], ["a"], [])))
show(lambda: case(ast.MatchSequence([ast.MatchStar("r"), ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1)))])))

# the node constructor
n = ast.Name()
show(lambda: n.id)
show(lambda: n.lineno)
print(n.end_lineno, n.__dict__)
show(lambda: ast.Name("x", ast.Load(), 3))
show(lambda: ast.Name("x", id="y"))
print(ast.Name(foo=1).__dict__)
show(lambda: ast.Load(1))
show(lambda: ast.AST(1))
print(ast.AST(a=1).__dict__)
print(ast.Name("x").__reduce__())
print(ast.Load().__reduce__())


class Point(ast.expr):
    _fields = ("x",)


show(lambda: Point(1, 2))
print(Point(1).__dict__, Point.__module__ == __name__, Point._attributes)
show(lambda: c(mod(e(Point(1, **L)))))
