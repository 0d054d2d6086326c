from ._pricing import price_of
from . import _pricing as pricing_module


class Cart:
    def __init__(self):
        self.items = []

    def add(self, item, qty=1):
        self.items.append((item, qty))
        return self

    def total(self):
        return sum(price_of(i) * q for i, q in self.items)

    def describe(self):
        return ", ".join(f"{q}x {i} @ {pricing_module.PRICES[i]}" for i, q in self.items)
