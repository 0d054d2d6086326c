# Taipan's _datetime.
#
# CPython implements the datetime types twice: in C as _datetime, and in Python in
# datetime.py, which imports _datetime when it exists. Taipan has no Java version yet,
# so this module gives the C module's name to a second, independent copy of the
# pure-Python implementation: datetime.py's own code, read from the installed CPython's
# Lib and run here without its last step (the "from _datetime import *" that would
# import this module into itself). Code that imports _datetime directly, as CPython's
# tests do, gets types that behave as datetime's.
import sys as _sys


def _datetime_source():
    for directory in _sys.path:
        path = (directory or ".") + "/datetime.py"
        try:
            with open(path, encoding="utf-8") as f:
                return path, f.read()
        except OSError:
            continue
    raise ImportError("_datetime: datetime.py was not found on sys.path", name="_datetime")


def _load():
    path, source = _datetime_source()
    tail = source.rfind("\ntry:\n    from _datetime import *")
    if tail < 0:
        raise ImportError("_datetime: datetime.py does not end as CPython 3.11's does", name="_datetime")
    namespace = globals()
    # the types report the public module's name, as the C types do
    namespace["__name__"] = "datetime"
    try:
        exec(compile(source[:tail + 1], path, "exec"), namespace)
    finally:
        namespace["__name__"] = "_datetime"


_load()
del _load, _datetime_source
