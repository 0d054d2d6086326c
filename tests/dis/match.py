def f(x):
    match x:
        case 0 | 1 | -1:
            return "small"
        case [a, b, *rest]:
            return a, b, rest
        case [first, *_, last]:
            return first, last
        case {"k": v, **others}:
            return v, others
        case {"k": 1, 2: _}:
            return 2
        case Point(x=0, y=yy) | Point(1, yy):
            return yy
        case str() as s if s:
            return s
        case (p, q) | [q, p]:
            return p, q
        case None | True:
            return None
        case 1+2j:
            return 'c'
        case Color.RED:
            return 'red'
        case _:
            return "other"

def g(c):
    match c:
        case _:
            pass
