if f() = 3:
    pass
