# from module import * honours __all__, otherwise skips names starting with "_".
from _stars_all import *
from _stars_noall import *

print(public_fn(), _exported_private())
for name in ["not_listed", "visible", "_hidden", "helper"]:
    print(name, "imported" if name in globals() else "not imported")

import _stars_all
print(_stars_all.not_listed(), _stars_all.__all__)

def later():
    return visible.upper()
print(later())
ns = {}
exec("from _stars_noall import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
