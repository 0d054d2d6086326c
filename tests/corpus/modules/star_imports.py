# from module import * honours __all__, otherwise skips names starting with "_".
from _stars_all import *
from _stars_noall import *

print(public_fn(), _exported_private())
for name in ["not_listed", "visible", "_hidden", "helper"]:
    print(name, "imported" if name in globals() else "not imported")

import _stars_all
import _stars_noall
print(_stars_all.not_listed(), _stars_all.__all__)
print(_stars_noall._hidden, hasattr(_stars_noall, "__all__"))

def later():
    return visible.upper()
print(later())

# A star import inside exec binds into the given namespace only
ns = {}
exec("from _stars_noall import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
visible = "rebound locally"
print(visible, _stars_noall.visible)
