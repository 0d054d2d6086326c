# Failing imports: missing modules, missing names, errors inside the imported module.
import sys

try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, "| name:", e.name, "| msg:", e)

try:
    from _geometry import no_such_name
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| is ModuleNotFoundError:", isinstance(e, ModuleNotFoundError))

try:
    import _broken_helper
except ZeroDivisionError as e:
    print("error raised while importing:", e)
print("_broken_helper in sys.modules after failure:", "_broken_helper" in sys.modules)

try:
    import _broken_helper
except ZeroDivisionError as e:
    print("second attempt runs the body again:", e)

try:
    import _does_not_exist.sub
except ModuleNotFoundError as e:
    print("dotted:", e)

print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("_also_missing")
except ImportError as e:
    print("__import__:", e)
mod = __import__("_geometry")
print(mod.__name__, mod.Rectangle(2, 5).area())
