class C:
    def a(self):
        return super().a()
    def b(self):
        return lambda: super()
    def c(self):
        return [super() for _ in ()]
    def d(self):
        def inner():
            return __class__
        return inner
    x = __class__ if False else None
