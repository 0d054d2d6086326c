# module __getattr__ errors, uninitialized module messages, lazy module __annotations__,
# isinstance/issubclass nesting depth, classmethod __new__.
import types, sys
foo = types.ModuleType.__new__(types.ModuleType)
try: foo.not_here
except AttributeError as e: print(e)
m = types.ModuleType('foo')
print('__annotations__' in m.__dict__, m.__annotations__, '__annotations__' in m.__dict__)
del m.__annotations__
try: del m.__annotations__
except AttributeError as e: print('AttributeError', e)
m.__getattr__ = lambda name: (_ for _ in ()).throw(AttributeError("Deprecated " + name))
try: m.yolo
except AttributeError as e: print(e)
print(hasattr(m, 'yolo'), getattr(m, 'yolo', 'dflt'))
t = (str,)
for i in range(sys.getrecursionlimit() + 5): t = (t,)
for f in (isinstance, issubclass):
    try: f(str if f is issubclass else '', t)
    except RecursionError as e: print(e)
class C:
    @classmethod
    def __new__(*args): return args
class D(C): pass
print(C(1, 2) == (C, C, 1, 2), D(1, 2) == (D, D, 1, 2))
