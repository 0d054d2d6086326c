# How except clauses match: base classes, tuples, order, and invalid clauses.

hierarchy = {
    "ZeroDivisionError": ZeroDivisionError,
    "FileNotFoundError": FileNotFoundError,
    "KeyError": KeyError,
    "UnicodeDecodeError": UnicodeDecodeError,
    "RecursionError": RecursionError,
    "NotImplementedError": NotImplementedError,
    "ModuleNotFoundError": ModuleNotFoundError,
    "StopAsyncIteration": StopAsyncIteration,
    "KeyboardInterrupt": KeyboardInterrupt,
    "BrokenPipeError": BrokenPipeError,
}
for name, cls in hierarchy.items():
    chain = [c.__name__ for c in cls.__mro__ if c is not object]
    print(f"{name}: {' -> '.join(chain)}")

def classify(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arithmetic"
    except (KeyError, IndexError):
        return "lookup"
    except OSError as e:
        return f"os ({type(e).__name__})"
    except Exception:
        return "other exception"
    except BaseException:
        return "base exception"

for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), PermissionError(),
            TimeoutError(), ValueError(), SystemExit(), GeneratorExit(), LookupError()]:
    print(f"{type(exc).__name__:>18}: {classify(exc)}")

class NotAnException:
    pass
try:
    try:
        raise ValueError("x")
    except NotAnException:
        print("never")
except TypeError as e:
    print("TypeError:", e)

try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)

handlers = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except handlers as e:
    print("matched dynamic tuple:", e)
nested = (OSError, (ValueError, (KeyError,)))
try:
    try:
        raise KeyError("deep")
    except nested as e:
        print("nested tuples match in except?", repr(e))
except TypeError as e:
    print("nested tuple in except -> TypeError:", e, "| isinstance accepts it:", isinstance(KeyError(), nested))

def first_matching_wins():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError clause first"
    except FileNotFoundError:
        return "never reached"
print(first_matching_wins())
print(IOError is OSError, EnvironmentError is OSError)
