"""A small package; its submodules use relative imports."""
from ._pricing import price_of
from . import _cart

VERSION = "1.0"
print("  _shop package initialised")
