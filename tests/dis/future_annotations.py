from __future__ import annotations

def f(a: list[int], *args: tuple[str, ...], b: dict[str, int] | None = None, **kw: A.B) -> Callable[[int], str]:
    return a

x: int = 3
y: lambda q: q + 1
class C:
    attr: "quoted" = 1
    other: 1 if a else b
