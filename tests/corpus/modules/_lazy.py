"""Module-level __getattr__ and __dir__ (PEP 562)."""
_computed = {}
eager = "eager value"


def __getattr__(name):
    if name.startswith("table_"):
        n = int(name[len("table_"):])
        if n not in _computed:
            print(f"  computing {name}")
            _computed[n] = [n * i for i in range(1, 6)]
        return _computed[n]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "table_<n>"]
