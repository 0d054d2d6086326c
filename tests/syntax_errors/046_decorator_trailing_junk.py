@property x
def f(self):
    pass
