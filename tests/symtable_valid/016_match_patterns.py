def f(v):
    match v:
        case [1, *rest]:
            return rest
        case {"k": val, **others}:
            return val, others
        case Point(x=px, y=0) | Point(x=0, y=px):
            return px
        case (a as b) if b > a:
            return b
        case Color.RED:
            pass
        case _:
            pass
