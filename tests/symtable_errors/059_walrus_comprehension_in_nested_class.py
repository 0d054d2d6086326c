def f():
    x = 1
    class C:
        y = [(x := 2) for _ in ()]
