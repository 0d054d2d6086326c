class _Priv:
    __a = 1
    import __b
    import __c.d as __e
    def __m(self, __p, *__q, **__r):
        global __g
        __g = self.__a
        def inner():
            return __p, __dunder__
        return inner
class ___:
    __x = 1
