# compile(..., 'func_type', PyCF_ONLY_AST) / ast.parse(mode='func_type'): signature type
# comments parsed to FunctionType trees, and their syntax errors.
import ast
def show(s):
    try: print(ast.dump(ast.parse(s, mode='func_type'), include_attributes=True))
    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset)
for s in ['() -> None', '(int, str) -> List[int]', '(*int) -> x', '(**kw) -> x', '(a, *b, **c) -> d', '(*a, **b) -> c',
          '(a,) -> b', '(a) -> b\n\n', 'a -> b', '(a) -> b, c', '() ->', '  (a) -> b', '(a, b) -> (c, d)']:
    show(s)
t = ast.parse('(a) -> b', mode='func_type')
print(compile(t, 'f', 'func_type', ast.PyCF_ONLY_AST) is t)
try: compile(t, 'f', 'func_type')
except ValueError as e: print(e)
