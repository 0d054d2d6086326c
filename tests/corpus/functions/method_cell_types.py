# types.MethodType and types.CellType constructors, and method __doc__ from the function.
import types
def f(): pass
print(f.__doc__)
class C:
    def m(self): pass
print(C.m.__doc__, C().m.__doc__)
m = types.MethodType(f, 1); print(m.__self__, m.__func__ is f)
c = types.CellType(5); print(c.cell_contents)
print(types.CellType().__class__)
