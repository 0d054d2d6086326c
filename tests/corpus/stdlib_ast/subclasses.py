# AST.__new__ (accepts any arguments, checks the class) and subclasses of node
# classes, including subclasses of the deprecated ast.Num defined by ast.py.
import ast, warnings
warnings.simplefilter('ignore')
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
show(lambda: ast.AST.__new__(int))
show(lambda: ast.AST.__new__(1))
show(lambda: type(ast.AST.__new__(ast.Name, 1, 2, x=3)).__name__)
show(lambda: ast.AST.__new__(ast.Name, 1).__dict__)
class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = 'spam'
class N2(ast.Num):
    pass
n = N(42)
print(n.n, n.z, type(n) is N, isinstance(n, ast.Num), isinstance(n, N2), isinstance(ast.Num(42), N))
n = N(n=42)
print(n.n, type(n) is N)
show(lambda: N(1, n=2))
class P(ast.AST):
    _fields = ('a', 'b')
print(P(1, b=2).__dict__, P.__new__(P).__dict__)
