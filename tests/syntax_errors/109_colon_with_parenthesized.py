with (open("a") as a, open("b") as b)
    pass
