def f(self, lambda):
    pass
