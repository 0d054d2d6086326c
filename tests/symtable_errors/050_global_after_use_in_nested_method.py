class C:
    def m(self):
        def inner():
            y = x
            global x
