# File names with NUL are a ValueError; NotImplemented in a boolean context warns.
import os
import warnings

for p, functions in (("a\x00b", (open, os.stat, os.listdir)), (b"a\x00b", (open,))):
    for f in functions:
        try:
            f(p)
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    print([(x.category.__name__, str(x.message)) for x in w])
