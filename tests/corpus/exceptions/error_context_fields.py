# AttributeError name/obj filled by getattr when __getattr__/__getattribute__ raise a bare
# AttributeError (and the suggestion that follows); __init__ resetting ImportError/NameError/
# AttributeError fields; sys.__excepthook__ layout of SyntaxError text and carets.
import sys


class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()


class B:
    @property
    def p(self):
        return self.zzz


class C:
    def __getattribute__(self, attr):
        raise AttributeError("custom")


for obj, name in ((A(), "bluch"), (B(), "p"), (C(), "q")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__, repr(str(e)))

try:
    A().bluch
except AttributeError as exc:
    sys.stderr = sys.stdout
    sys.__excepthook__(AttributeError, exc.with_traceback(None), None)
    sys.stderr = sys.__stderr__

e = ImportError("test", name="name", path="path")
print(e.args, e.msg, e.name, e.path)
e.__init__()
print(e.args, e.msg, e.name, e.path)
e.__init__("x", path="p2")
print(e.args, e.msg, e.name, e.path)
n = NameError("m", name="nm")
n.__init__()
print(n.name)
a = AttributeError("m", name="nm", obj=1)
a.__init__(obj=2)
print(a.name, a.obj)
try:
    ImportError("t", bogus=1)
except TypeError as t:
    print(t)

texts = ["abcdefg", "  ab  \n", "ab\ncd\n", "ab\ncd", "\tab\x0c x\n", "", "\n"]
offsets = [(2, 7), (2, 100), (-4, -2), (0, 0), (0, 5), (3, 2), (8, 9), (5, 9), (None, None), (1, 4)]
for text in texts:
    for offset, end in offsets:
        for end_lineno in (1, 2):
            try:
                raise SyntaxError("bad bad", ("bad.py", 1, offset, text, end_lineno, end))
            except SyntaxError as exc:
                sys.stderr = sys.stdout
                sys.__excepthook__(SyntaxError, exc.with_traceback(None), None)
                sys.stderr = sys.__stderr__
