class C:
    def m(self, __x, __x):
        pass
