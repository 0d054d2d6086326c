class C:
    values = list((y := x) for x in range(3))
