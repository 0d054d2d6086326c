# A module body runs once; later imports reuse sys.modules.
import sys

print("first import:")
import _counter_mod
print("second import:")
import _counter_mod
print("from-import:")
from _counter_mod import bump

print(bump(), bump(), _counter_mod.value)
print("_counter_mod" in sys.modules, sys.modules["_counter_mod"] is _counter_mod)

def in_function():
    import _counter_mod as again
    return again.bump()
print(in_function(), _counter_mod.value)

del sys.modules["_counter_mod"]
print("after removing from sys.modules, import runs the body again:")
import _counter_mod as fresh
print(fresh is _counter_mod, fresh.value, _counter_mod.value, bump())
