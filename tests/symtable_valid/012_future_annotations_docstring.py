"""Module doc."""
from __future__ import annotations, division
def f(x: lambda y: y) -> (lambda: z):
    pass
