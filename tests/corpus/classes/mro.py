# C3 linearization: diamonds, longer hierarchies, and inconsistent orders.

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print("D:", names(D))

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass
print("Aa:", names(Aa))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

class Greeter:
    def hello(self):
        return "Greeter"
class Loud(Greeter):
    def hello(self):
        return "Loud>" + super().hello()
class Polite(Greeter):
    def hello(self):
        return "Polite>" + super().hello()
class LoudPolite(Loud, Polite):
    pass
class PoliteLoud(Polite, Loud):
    pass
print(LoudPolite().hello(), names(LoudPolite))
print(PoliteLoud().hello(), names(PoliteLoud))
print(D.mro() == list(D.__mro__), type(D.__mro__).__name__)
print(names(bool), names(type), names(object))

class Meta(type):
    def mro(cls):
        default = super().mro()
        print("  custom mro() called for", cls.__name__)
        return default
class M(metaclass=Meta):
    pass
print(names(M))
