# PEP 420 namespace packages, None in sys.modules, non-module objects in sys.modules,
# and the attributes every imported module carries.
import os
import sys
import types

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "_nsroot_a"))
sys.path.insert(0, os.path.join(here, "_nsroot_b"))

import _nspace
print("namespace __file__:", _nspace.__file__)
print("namespace path dirs:", sorted(os.path.relpath(p, here) for p in _nspace.__path__))
from _nspace import _alpha, _beta
print(_alpha.NAME, _beta.NAME)
print(_alpha.__name__, _alpha.__package__)
print("__cached__" in vars(_alpha), "__spec__" in vars(_alpha), "__loader__" in vars(_alpha))

m = types.ModuleType("made")
print(repr(m), sorted(vars(m)))
m2 = types.ModuleType("made2", "its doc")
print(m2.__doc__, m2.__spec__, m2.__loader__, m2.__package__)

sys.modules["_blocked"] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

class Answer:
    value = 42
sys.modules["_answer"] = Answer()
import _answer
print(type(_answer).__name__, _answer.value)
from _answer import value
print(value)

try:
    import _nspace._missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import os.path.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
