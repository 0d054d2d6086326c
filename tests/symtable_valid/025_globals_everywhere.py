x = 1
def f():
    global x, y
    x = 2
    def g():
        return x, y
    return g
global z
z = 3
class C:
    global w
    w = 1
