def deco(f):
    return f
@deco
@deco.attr
def f():
    pass
@deco
class C(object, metaclass=type, **{}):
    @staticmethod
    def s():
        pass
