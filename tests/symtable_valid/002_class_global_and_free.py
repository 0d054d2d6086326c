def f():
    y = 1
    class C:
        global y
        def m(self):
            return y
