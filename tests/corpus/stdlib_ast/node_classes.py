# The classes of _ast as CPython 3.11 defines them: names, bases, _fields,
# _attributes, __match_args__, class-level None defaults, docs, module; the
# module's constants; the deprecated aliases ast.py adds on top.
import _ast
import ast

names = sorted(k for k in vars(_ast) if not k.startswith("__"))
print(len(names), names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
for name in names:
    c = getattr(_ast, name)
    if not isinstance(c, type):
        continue
    own = vars(c)
    nones = sorted(k for k, v in own.items() if v is None and k != "__doc__")
    print(name, [b.__name__ for b in c.__mro__], c.__module__, c._fields, c._attributes,
          c.__match_args__, nones, "_attributes" in own)
    print("   ", repr(c.__doc__))
    if c is not _ast.AST and not c._fields and c.__subclasses__() == []:
        obj = c()
        print("    instance:", type(obj).__name__, obj.__dict__, obj.__reduce__()[1:])

for old in ["Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Index", "ExtSlice", "Suite", "Param",
            "AugLoad", "AugStore", "slice"]:
    print(old, hasattr(_ast, old), hasattr(ast, old))
