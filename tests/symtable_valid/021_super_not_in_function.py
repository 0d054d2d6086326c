class C:
    s = super
class D:
    class E:
        def m(self):
            super()
