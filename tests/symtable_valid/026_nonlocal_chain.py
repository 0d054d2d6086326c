def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v = 2
            def d():
                return v
            return d
        return c
    return b
