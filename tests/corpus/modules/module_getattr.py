# Module __getattr__ and __dir__ hooks for lazily computed attributes.
import _lazy

print(_lazy.eager)
print(_lazy.table_3)
print(_lazy.table_3)
print(_lazy.table_7[-1])
print(dir(_lazy))
try:
    _lazy.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(_lazy, "table_2"), hasattr(_lazy, "other"))
from _lazy import table_4
print(table_4)
try:
    from _lazy import missing_name
except ImportError as e:
    print("ImportError name:", e.name)
# Regular attributes never reach __getattr__
print(_lazy.__name__, _lazy.eager.upper(), sorted(_lazy._computed))
