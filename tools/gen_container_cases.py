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

# SETOP: two sets from int lists (the first then loses some items, leaving dummies);
# results of operators and methods, in order
def set_results(a, b, b_items):
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
    return f"{' ; '.join(repr(r) for r in res)} ; {flags!r}"


def int_items(n):
    return [rand_int() if rnd.random() < 0.3 else rnd.randint(0, 40 + n) for _ in range(n)]


for i in range(300):
    sizes = [(rnd.randint(0, 25), rnd.randint(0, 25)), (rnd.randint(0, 5), rnd.randint(40, 120)),
             (rnd.randint(40, 120), rnd.randint(0, 8))][i % 3]
    a_items, b_items = int_items(sizes[0]), int_items(sizes[1])
    a = set(a_items)
    drops = [x for x in a_items if rnd.random() < 0.2]
    for x in drops:
        a.discard(x)
    out.append(f"SETOP {a_items!r} ; {drops!r} ; {b_items!r} => {set_results(a, set(b_items), b_items)}")

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

# LOPS: random programs of list operations, "op args" separated by " | "; the expected side
# lists each operation's result (or error) and then the final list
def list_program():
    n = rnd.randint(0, 8)
    lst = list(range(n))
    ops, results = [f"e {n}"], ["None"]
    for _ in range(rnd.randint(1, 25)):
        op = rnd.choice("aaiipprsxevoOncm+d")
        x = rnd.randint(-3, 12)
        p = rnd.randint(-12, 12)
        try:
            if op == "a":
                ops.append(f"a {x}"); lst.append(x); r = None
            elif op == "i":
                ops.append(f"i {p} {x}"); lst.insert(p, x); r = None
            elif op == "p":
                if rnd.random() < 0.5:
                    ops.append("p"); r = lst.pop()
                else:
                    ops.append(f"p {p}"); r = lst.pop(p)
            elif op == "r":
                ops.append(f"r {x}"); lst.remove(x); r = None
            elif op == "s":
                a, b, c = rnd.choice(small), rnd.choice(small), rnd.choice(small_steps)
                v = [rnd.randint(50, 60) for _ in range(rnd.randint(0, 4))]
                ops.append(f"s {a!r} {b!r} {c!r} {' '.join(map(str, v))}".rstrip()); lst[a:b:c] = v; r = None
            elif op == "x":
                a, b, c = rnd.choice(small), rnd.choice(small), rnd.choice(small_steps)
                ops.append(f"x {a!r} {b!r} {c!r}"); del lst[a:b:c]; r = None
            elif op == "d":
                ops.append(f"d {p}"); del lst[p]; r = None
            elif op == "e":
                ops.append(f"e {x}"); lst.extend(range(x)); r = None
            elif op == "v":
                ops.append("v"); lst.reverse(); r = None
            elif op == "o":
                ops.append("o"); lst.sort(); r = None
            elif op == "O":
                ops.append("O"); lst.sort(reverse=True); r = None
            elif op == "n":
                ops.append(f"n {x}"); r = lst.index(x)
            elif op == "c":
                ops.append(f"c {x}"); r = lst.count(x)
            elif op == "m":
                n = rnd.randint(-1, 3)
                ops.append(f"m {n}"); lst *= n; r = None
            else:
                ops.append(f"+ {x}"); lst = lst + list(range(x)); r = None
            results.append(repr(r))
        except Exception as e:
            results.append(f"!{type(e).__name__}: {e}")
    return " | ".join(ops), " ; ".join(results + [repr(lst)])


for _ in range(300):
    program, expected = list_program()
    out.append(f"LOPS {program} => {expected}")

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
