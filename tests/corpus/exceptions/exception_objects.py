# Built-in exception objects: args, str and repr for different argument counts.

samples = [
    Exception(),
    Exception("one"),
    Exception("one", "two"),
    Exception(42),
    ValueError(""),
    KeyError("key"),
    KeyError("a", "b"),
    KeyError(),
    IndexError(3),
    OSError("plain"),
    OSError(13, "Permission denied"),
    OSError(2, "No such file", "data.txt"),
    FileNotFoundError(2, "No such file", "x.cfg"),
    StopIteration("v"),
    SystemExit(3),
    AttributeError("attr msg"),
    UnicodeError("u"),
]
for e in samples:
    print(f"{type(e).__name__:<18} str={str(e)!r:<40} repr={e!r}")

err = OSError(2, "No such file", "data.txt")
print(type(err).__name__, err.errno, err.strerror, err.filename)
print(StopIteration("v").value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(KeyError("k").args, str(KeyError("it's")), str(KeyError('a"b')))

e = ValueError("first")
e.args = ("changed", 2)
print(str(e), repr(e))
e.note_count = 0
print(e.note_count)
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)

try:
    {}["missing"]
except KeyError as ke:
    print(repr(ke), ke.args)
try:
    None.attr
except AttributeError as ae:
    print(repr(ae), ae.name, ae.obj)
try:
    undefined_variable
except NameError as ne:
    print(repr(ne), ne.name)
try:
    "abc".index("z")
except ValueError as ve:
    print(repr(ve))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ue:
    print(ue.encoding, ue.start, ue.end, ue.reason, str(ue))
try:
    int("x")
except ValueError as ve:
    print(ve.args)
print(BaseException("x").with_traceback(None).__traceback__)
print(isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
print([c.__name__ for c in ZeroDivisionError.__mro__])
