# Exception chaining: implicit __context__, explicit __cause__, from None.

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad port {text!r}") from e

def load(config):
    try:
        return config["port"]
    except KeyError:
        raise LookupError("port missing")

def quiet(config):
    try:
        return config["port"]
    except KeyError:
        raise LookupError("port missing (context hidden)") from None

def describe(e):
    print(f"{type(e).__name__}: {e}")
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress_context:", e.__suppress_context__)

for func, arg in [(parse_port, "80x"), (load, {}), (quiet, {})]:
    try:
        func(arg)
    except Exception as e:
        describe(e)

# raise ... from on an existing exception object, and from a class
try:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        raise ValueError("math problem") from KeyError
except ValueError as e:
    describe(e)

# Setting __cause__ sets __suppress_context__
err = ValueError("manual")
err.__cause__ = TypeError("set by hand")
print(err.__suppress_context__)
err.__cause__ = None
print(err.__suppress_context__, err.__cause__)

# Context chains three deep
try:
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise IndexError("second")
    except IndexError:
        raise NameError("third")
except NameError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))

# Re-raising the same exception doesn't create a self-loop
try:
    try:
        raise OSError("same")
    except OSError as e:
        raise e
except OSError as e:
    print("context of reraised:", e.__context__)

try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e)
