from __future__ import annotations
import typing
x: typing.List[int] = []
def f(a: A, *b: B, c: C = 1, **d: D) -> R:
    e: E = 1
    g: lambda: H
    return e
class K:
    k: K
    def m(self) -> K: ...
