# ExceptionGroup construction, nesting, split() and subgroup().

def show(eg, indent=0):
    pad = "  " * indent
    print(f"{pad}{type(eg).__name__}({eg.message!r}) with {len(eg.exceptions)}")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + 1)
        else:
            print(f"{pad}  {type(e).__name__}: {e}")

eg = ExceptionGroup("batch failed", [
    ValueError("bad value 1"),
    TypeError("wrong type"),
    ExceptionGroup("nested", [ValueError("bad value 2"), KeyError("missing")]),
])
show(eg)
print("str:", str(eg))
print("repr:", repr(ExceptionGroup("m", [ValueError(1)])))

match, rest = eg.split(ValueError)
print("--- split(ValueError) match")
show(match)
print("--- rest")
show(rest)

sub = eg.subgroup(lambda e: isinstance(e, LookupError) or isinstance(e, BaseExceptionGroup) and e.message == "nested")
print("--- subgroup(predicate)")
show(sub)
print("subgroup of everything is same object:", eg.subgroup(Exception) is eg)
print("no match:", eg.subgroup(OSError), eg.split(OSError)[0])

print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("msg", []), ("msg", ValueError()), (1, [ValueError()]), ("msg", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        return TaggedGroup(self.message + " (derived)", excs)

tg = TaggedGroup("tagged", [ValueError(1), TypeError(2)])
m, r = tg.split(TypeError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

def flatten(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e
print([repr(e) for e in flatten(eg)])
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
