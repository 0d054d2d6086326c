# getstate/setstate, Random subclasses, _random.Random itself, and the errors of both layers.
import random
import _random

def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

random.seed(2024)
state = random.getstate()
print("state", type(state).__name__, len(state), state[0], len(state[1]), state[1][:3], state[1][-1], state[2])
first = [random.random() for _ in range(700)]
random.setstate(state)
print("round trip", first == [random.random() for _ in range(700)])
g = random.gauss(0, 1)
state = random.getstate()
print("gauss_next kept", state[2] is not None, random.gauss(0, 1) == random.gauss(0, 1) or True)
random.setstate(state)

r = _random.Random(5)
inner = r.getstate()
print("inner", len(inner), inner[-1], inner[:4])
print("inner random", r.random(), r.getrandbits(70), r.getstate()[-1])
r.setstate(inner)
print("inner again", r.random())
attempt("setstate list", r.setstate, list(inner))
attempt("setstate short", r.setstate, inner[:-1])
attempt("setstate index", r.setstate, inner[:-1] + (625,))
attempt("setstate neg index", r.setstate, inner[:-1] + (-1,))
attempt("setstate neg word", r.setstate, (-1,) + inner[1:])
attempt("setstate str word", r.setstate, ("a",) + inner[1:])
attempt("setstate float index", r.setstate, inner[:-1] + (1.0,))
r.setstate((2**32 + 7,) + inner[1:-1] + (0,))
print("truncated word", r.getstate()[0])
r.setstate(inner[:-1] + (624,))
print("index 624", r.random())
attempt("setstate version", random.setstate, (99, inner, None))
attempt("getrandbits neg", r.getrandbits, -1)
attempt("getrandbits float", r.getrandbits, 1.0)
attempt("getrandbits huge", r.getrandbits, 2**70)
attempt("getrandbits zero", r.getrandbits, 0)
attempt("seed two", r.seed, 1, 2)
attempt("seed kw", r.seed, n=1)
attempt("seed list", r.seed, [1])
attempt("seed tuple", lambda: (r.seed((1, 2)), "ok")[1])
attempt("Random two", _random.Random, 1, 2)
attempt("Random kw", _random.Random, x=1)
attempt("random.seed list", random.seed, [1])
attempt("random.seed dict", random.seed, {})
attempt("random.Random kw", lambda: random.Random(x=3).random())
blank = _random.Random.__new__(_random.Random)
print("blank", blank.random(), _random.Random.__new__(_random.Random, 1, 2, x=3).random())
blank.__init__(5)
print("init", blank.random() == _random.Random(5).random())

class Plain(_random.Random):
    pass

attempt("Plain two", Plain, 1, 2)
attempt("Plain kw", Plain, x=1)
print("Plain", Plain(5).random() == _random.Random(5).random())

class WithInit(_random.Random):
    def __init__(self, a, b, c=None):
        super().__init__(a + b)
        self.c = c

w = WithInit(2, 3, c="x")
print("WithInit", w.random() == _random.Random(5).random(), w.c)

class MyRandom(random.Random):
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def random(self):
        self.calls += 1
        return super().random()

m = MyRandom(11)
print("MyRandom", m.random(), m.randint(1, 6), m.choice([1, 2, 3]), m.calls)

class OnlyRandom(random.Random):
    def random(self):
        return 0.5

o = OnlyRandom()
print("OnlyRandom", o.randrange(10), o.choice("abcd"), o.random())

class Bits(random.Random):
    def getrandbits(self, k):
        return 1 << (k - 1) if k else 0

print("Bits", Bits().randrange(10), Bits().randbytes(3))
print("isinstance", isinstance(random.Random(), _random.Random), _random.Random.__module__, _random.Random.__name__)
sr = random.SystemRandom()
x = sr.random()
print("SystemRandom", 0 <= x < 1, 0 <= sr.randrange(5) < 5, len(sr.randbytes(4)))
attempt("SystemRandom state", sr.getstate)
