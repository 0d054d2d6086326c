class C:
    values = [y := x for x in range(3)]
