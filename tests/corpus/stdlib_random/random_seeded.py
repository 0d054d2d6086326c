# Seeded sequences from random.py's functions match CPython's exactly.
import random

def show(label, *values):
    print(label, *values)

random.seed(42)
show("random", [random.random() for _ in range(5)])
show("randint", [random.randint(1, 100) for _ in range(10)])
show("randrange", [random.randrange(0, 1000, 7) for _ in range(5)], )
show("randrange big", random.randrange(10**30))
show("getrandbits", [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 100, 257)])
items = list(range(20))
random.shuffle(items)
show("shuffle", items)
show("choice", [random.choice("abcdefghij") for _ in range(8)])
show("choices", random.choices(range(10), k=6))
show("choices weighted", random.choices("abc", weights=[1, 5, 10], k=8))
show("choices cum", random.choices("abc", cum_weights=[1, 2, 10], k=8))
show("sample", random.sample(range(100), 7))
show("sample counts", random.sample(["red", "blue"], counts=[4, 2], k=5))
show("uniform", random.uniform(1, 2))
show("triangular", random.triangular(), random.triangular(0, 10, 3))
show("gauss", [random.gauss(0, 1) for _ in range(3)])
show("normalvariate", random.normalvariate(5, 2))
show("lognormvariate", random.lognormvariate(0, 1))
show("expovariate", random.expovariate(1.5))
show("vonmisesvariate", random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
show("gammavariate", random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(2, 3))
show("betavariate", random.betavariate(2, 3))
show("paretovariate", random.paretovariate(2))
show("weibullvariate", random.weibullvariate(1, 2))
show("randbytes", random.randbytes(10))

for seed in (0, 1, -1, 12345, -12345, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 10**50, True, False):
    random.seed(seed)
    show("seed %r" % (seed,), random.random(), random.getrandbits(40))

for seed in ("", "hello", "héllo wörld", b"", b"bytes", bytearray(b"ba")):
    random.seed(seed)
    show("seed %r" % (seed,), random.random(), random.randint(0, 10**6))
random.seed("hello", version=1)
show("seed v1 str", random.random())
random.seed(b"hello", version=1)
show("seed v1 bytes", random.random())
random.seed(3.5)
show("seed float", random.random())

r1 = random.Random(99)
r2 = random.Random(99)
print("same streams", [r1.random() for _ in range(50)] == [r2.random() for _ in range(50)])
r1.jumpahead = None
print("instance dict", r1.jumpahead)
r3 = random.Random()
r3.seed(7)
print("reseeded", r3.random() == random.Random(7).random())
