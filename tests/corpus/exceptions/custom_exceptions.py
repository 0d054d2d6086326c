# User-defined exception hierarchies with custom args, __str__ and __repr__.

class AppError(Exception):
    """Base for this application's errors."""

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

class NotFound(AppError, LookupError):
    pass

class RateLimited(AppError):
    def __init__(self, retry_after):
        self.retry_after = retry_after  # no super().__init__ call
    def __repr__(self):
        return f"RateLimited(retry_after={self.retry_after})"

class Silent(AppError):
    def __init__(self):
        pass

def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        return f"validation -> {e} | args={e.args} | field={e.field}"
    except LookupError as e:
        return f"lookup -> {e!r} mro={[c.__name__ for c in type(e).__mro__]}"
    except AppError as e:
        return f"app -> str={str(e)!r} repr={e!r} args={e.args}"

print(handle(ValidationError("email", "missing @")))
print(handle(NotFound("user 42")))
print(handle(RateLimited(30)))
print(handle(Silent()))
print(handle(AppError()))
print(handle(AppError("one")))
print(handle(AppError("one", 2)))

e = ValidationError("age", "negative")
e.args = ("replaced",)
print(str(e), e.args, repr(e))

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault()), WithDefault("custom"))

class Coded(Exception):
    code = 500
    def __init_subclass__(cls, code=0, **kw):
        super().__init_subclass__(**kw)
        cls.code = code
class BadRequest(Coded, code=400):
    pass
class Forbidden(Coded, code=403):
    pass
for cls in (Coded, BadRequest, Forbidden):
    try:
        raise cls("x")
    except Coded as err:
        print(type(err).__name__, err.code)
print(issubclass(NotFound, Exception), isinstance(NotFound(), KeyError))
try:
    raise ValidationError
except TypeError as err:
    print("TypeError:", err)
