class Outer:
    class __Inner:
        def __m(self, __a):
            return __a
    def use(self):
        return self.__Inner
