# Class scopes are not enclosing scopes for methods, but classes inside functions see function locals.

x = "global"

class A:
    x = "class A"
    def method(self):
        return x            # skips the class scope
    lam = lambda self: x    # so does a lambda in the class body
    inner = [x for _ in range(1)]  # ... and comprehension bodies (outer iterable aside)

print(A().method(), A().lam(), A.inner)

def make_class(value):
    hidden = "function local"
    class Local:
        attr = value        # class body reads the enclosing function's variable
        def get(self):
            return hidden   # methods close over function locals
        def get_value(self):
            return value
    return Local

L = make_class(42)
print(L.attr, L().get(), L().get_value())

def shadowing():
    y = "function y"
    class C:
        y = "class y"
        seen_in_body = y
        def m(self):
            return y
    return C.seen_in_body, C().m()
print(shadowing())

def class_reads_then_assigns():
    z = "enclosing z"
    class C:
        before = z          # class bodies look up unassigned-yet names globally, then builtins
        z = "class z"
        after = z
    return C.before, C.after
z = "global z"
print(class_reads_then_assigns())

class WithClassCell:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__ is not None
class Sub(WithClassCell):
    pass
print(Sub().who(), Sub().sup())

class Outer:
    name = "outer"
    class Inner:
        try:
            seen = name
        except NameError as e:
            seen = f"NameError: {e}"
print(Outer.Inner.seen)

def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())
