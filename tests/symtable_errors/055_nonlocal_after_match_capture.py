def outer():
    x = 1
    def f(v):
        match v:
            case [x]:
                pass
        nonlocal x
