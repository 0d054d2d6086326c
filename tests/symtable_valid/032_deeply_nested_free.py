def f1():
    a = 1
    def f2():
        def f3():
            class C:
                def f4(self):
                    return a
            return C
        return f3
    return f2
