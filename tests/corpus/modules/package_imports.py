# A package directory with __init__ and relative imports between submodules.
import _shop
from _shop._cart import Cart
from _shop import _pricing, VERSION

cart = Cart().add("apple", 4).add("bread").add("milk", 2)
print(cart.describe())
print("total cents:", cart.total(), "| version", VERSION)
print(_shop.__name__, _shop._cart.__name__, _shop._cart.__package__, Cart.__module__)
print(_shop.price_of("milk"), _pricing is _shop._pricing)
_pricing.PRICES["milk"] = 99
print("after price change:", cart.total())
import sys
print(sorted(name for name in sys.modules if name.startswith("_shop")))
try:
    cart.add("caviar").total()
except KeyError as e:
    print("KeyError:", e)
print(_shop.__doc__)
print(hasattr(_shop, "__path__"), hasattr(_pricing, "__path__"), _pricing.__package__)
