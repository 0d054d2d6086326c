def outer(a, /, b, *args, c=1, **kw):
    """Docstring."""
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            return x + a
        return inner
    return middle

@decorator
@other(1)
def decorated(x: int, *, y: str = 'a') -> bool:
    return x

def gen():
    yield 1
    x = yield
    yield from range(3)
    return x

class C:
    def method(self):
        return __class__
    def __private(self):
        self.__x = 1
