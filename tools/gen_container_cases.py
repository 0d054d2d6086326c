"""Generates src/test/resources/taipan/runtime/container_cases.txt, the CPython 3.11
expectations of ContainerCasesTest: set iteration orders after random adds, discards
and pops, set operator results, frozenset hashes, slice.indices, list slice
get/assign/delete, stable sorts, ranges and tuple hashes. Only ints, None, tuples,
lists, sets and ranges appear, so the reprs need nothing but the containers.

Each line is "KIND <args> => <expected>", fields separated by " ; ".

Run: python3.11 tools/gen_container_cases.py > src/test/resources/taipan/runtime/container_cases.txt
"""
import random
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
rnd = random.Random(20261124)
out = []


def rand_int():
    kind = rnd.random()
    if kind < 0.5:
        return rnd.randint(-50, 200)
    if kind < 0.8:
        return rnd.randint(-10**6, 10**6)
    if kind < 0.95:
        return rnd.randint(-2**62, 2**62)
    return rnd.choice([1, -1]) * rnd.randint(2**61 - 5, 2**61 + 5)


# SET ops: a<int> add, d<int> discard, p pop (popped values are reported)
for _ in range(500):
    s = set()
    ops = []
    popped = []
    for _ in range(rnd.randint(0, 60)):
        r = rnd.random()
        if r < 0.7 or not s:
            x = rand_int()
            s.add(x)
            ops.append(f"a{x}")
        elif r < 0.95:
            x = rnd.choice(sorted(s)) if rnd.random() < 0.8 else rand_int()
            s.discard(x)
            ops.append(f"d{x}")
        else:
            popped.append(s.pop())
            ops.append("p")
    out.append(f"SET {' '.join(ops)} => {s!r} ; {popped!r}")

# SETOP: two sets from int lists; results of operators and methods, in order
for _ in range(150):
    a_items = [rand_int() if rnd.random() < 0.3 else rnd.randint(0, 40) for _ in range(rnd.randint(0, 25))]
    b_items = [rand_int() if rnd.random() < 0.3 else rnd.randint(0, 40) for _ in range(rnd.randint(0, 25))]
    a, b = set(a_items), set(b_items)
    res = [a | b, a & b, a - b, a ^ b, b - a, a.union(b_items), a.intersection(b_items),
           a.difference(b_items), a.symmetric_difference(b_items)]
    x = set(a); x |= b; res.append(x)
    x = set(a); x &= b; res.append(x)
    x = set(a); x -= b; res.append(x)
    x = set(a); x ^= b; res.append(x)
    x = set(a); x.update(b_items); res.append(x)
    x = set(a); x.difference_update(b_items); res.append(x)
    x = set(a); x.intersection_update(b_items); res.append(x)
    flags = [a <= b, a < b, a >= b, a > b, a == b, a.isdisjoint(b), a.issubset(b_items), a.issuperset(b_items)]
    out.append(f"SETOP {a_items!r} ; {b_items!r} => {' ; '.join(repr(r) for r in res)} ; {flags!r}")

# FHASH: hash(frozenset(ints))
for _ in range(60):
    items = [rand_int() for _ in range(rnd.randint(0, 12))]
    out.append(f"FHASH {items!r} => {hash(frozenset(items))}")

# THASH: hash of a tuple of ints
for _ in range(30):
    items = tuple(rand_int() for _ in range(rnd.randint(0, 6)))
    out.append(f"THASH {list(items)!r} => {hash(items)}")

# IDX: slice(start, stop, step).indices(length)
vals = [None, 0, 1, 2, 3, 5, 10, -1, -2, -3, -5, -10, 2**70, -2**70]
steps = [None, 1, 2, 3, -1, -2, -3, 2**70, -2**70]
for _ in range(250):
    st, sp, se, n = rnd.choice(vals), rnd.choice(vals), rnd.choice(steps), rnd.choice([0, 1, 2, 5, 7, 10])
    out.append(f"IDX {st!r} ; {sp!r} ; {se!r} ; {n} => {slice(st, sp, se).indices(n)!r}")

small = [None, 0, 1, 2, 4, 7, -1, -2, -4, -9, 20]
small_steps = [None, 1, 2, 3, -1, -2, -3]


def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"!{type(e).__name__}: {e}"


# LSG / LSA / LSD: list(range(n)) sliced; assigned list(range(100, 100 + m)); deleted
for _ in range(300):
    n = rnd.randint(0, 9)
    st, sp, se = rnd.choice(small), rnd.choice(small), rnd.choice(small_steps)
    m = rnd.randint(0, 5)

    def assign():
        x = list(range(n))
        x[st:sp:se] = list(range(100, 100 + m))
        return x

    def delete():
        x = list(range(n))
        del x[st:sp:se]
        return x

    out.append(f"LSG {n} ; {st!r} ; {sp!r} ; {se!r} => {err(lambda: list(range(n))[st:sp:se])}")
    out.append(f"LSA {n} ; {st!r} ; {sp!r} ; {se!r} ; {m} => {err(assign)}")
    out.append(f"LSD {n} ; {st!r} ; {sp!r} ; {se!r} => {err(delete)}")

# SORT: (key, id) pairs sorted by key only (stability), forwards and reversed; and whole tuples
for _ in range(80):
    pairs = [(rnd.randint(0, 6), i) for i in range(rnd.randint(0, 40))]
    by_key = sorted(pairs, key=lambda p: p[0])
    by_key_rev = sorted(pairs, key=lambda p: p[0], reverse=True)
    whole = sorted(pairs, reverse=True)
    out.append(f"SORT {pairs!r} => {by_key!r} ; {by_key_rev!r} ; {whole!r}")
for _ in range(40):
    items = [rand_int() for _ in range(rnd.randint(0, 200))]
    out.append(f"ISORT {items!r} => {sorted(items)!r}")

# RNG: range(start, stop, step): list, reversed, len, slices, membership, hash (not for
# ranges of 0 or 1 items: their hash includes hash(None), which varies between CPython 3.11 runs)
for _ in range(120):
    a, b = rnd.randint(-20, 20), rnd.randint(-20, 20)
    c = rnd.choice([1, 2, 3, 7, -1, -2, -5])
    r = range(a, b, c)
    probe = rnd.randint(-25, 25)
    out.append(f"RNG {a} ; {b} ; {c} ; {probe} => {list(r)!r} ; {list(reversed(r))!r} ; {len(r)} ; "
               f"{r[::2]!r} ; {r[::-1]!r} ; {r[1:-1]!r} ; {probe in r} ; {r.count(probe)} ; {hash(r) if len(r) > 1 else '-'}")

print("\n".join(out))
