# SyntaxErrors raised when compiling AST objects (symbol table and code generator
# errors): message, positions from the nodes, no source text.
import ast
def show(src, mutate=None):
    t = ast.parse(src)
    if mutate: mutate(t)
    try:
        compile(t, 'fn.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
show('return 1')
show('x = 1\nnonlocal x')
show('def f(a, a): pass')
show('await x')
show('yield x')
show('def f():\n    x = 1\n    global x')
show('*a = 1', lambda t: None)
show('break')
show('def f():\n  class C:\n    nonlocal y')
show("from __future__ import braces")
show("x = 1\nfrom __future__ import annotations")
def bad_star(t):
    t.body[0].targets[0] = ast.Starred(ast.Name('a', ast.Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), ast.Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)
show('a = 1', bad_star)
def dup_kw(t):
    t.body[0].value.keywords.append(ast.keyword('a', ast.Constant(2, lineno=1, col_offset=0), lineno=1, col_offset=0))
show('f(a=1)', dup_kw)
