#!/usr/bin/env python3
"""Writes random programs full of nested try/except/finally, with, loops, break,
continue, return and raise (and yield with --generators), for checking the
compiler's control flow and exception tables by running them under CPython and
Taipan and comparing the output.

Usage:
    python3 tools/gen_control_flow_fuzz.py SEED COUNT OUTDIR [--generators]

Writes OUTDIR/cf_NNNN.py; each program prints a log of what ran.  Run each
under CPython 3.11 and under bin/taipan and compare stdout.  Some programs nest
finally blocks deeply enough that both compilers' code grows very large.
"""
import random
import sys


class G:
    def __init__(self, r):
        self.r = r; self.n = 0
    def uid(self):
        self.n += 1; return self.n
    def block(self, ind, depth, in_loop, in_func):
        out = []
        for _ in range(self.r.randint(1, 3)):
            out += self.stmt(ind, depth, in_loop, in_func)
        return out
    def stmt(self, ind, depth, in_loop, in_func):
        p = ' ' * ind
        k = self.r.random()
        u = self.uid()
        if depth <= 0 or k < 0.25:
            c = self.r.random()
            if c < 0.3: return [p + (f'yield {u}' if GENERATORS else f'log({u})')]
            if c < 0.4 and in_loop: return [p + f'if tick(): log("brk{u}"); break']
            if c < 0.5 and in_loop: return [p + f'if tick(): log("cont{u}"); continue']
            if c < 0.6 and in_func: return [p + ('if tick(): return' if GENERATORS else f'if tick(): return {u}')]
            if c < 0.75: return [p + f'if tick(): raise E{self.r.randint(1,2)}({u})']
            if c < 0.85 and in_func: return [p + f'log(v := {u})']
            return [p + f'log("s{u}")']
        if k < 0.4:
            return [p + f'for i{u} in range(3):'] + self.block(ind + 4, depth - 1, True, in_func) + \
                ([p + 'else:'] + self.block(ind + 4, depth - 1, in_loop, in_func) if self.r.random() < 0.3 else [])
        if k < 0.5:
            return [p + f'n{u} = 0', p + f'while n{u} < 3:', p + f'    n{u} += 1'] + self.block(ind + 4, depth - 1, True, in_func)
        if k < 0.75:
            out = [p + 'try:'] + self.block(ind + 4, depth - 1, in_loop, in_func)
            hs = self.r.randint(0, 2)
            for h in range(hs):
                kind = self.r.choice(['E1', 'E2', '(E1, E2)', 'Exception'])
                name = self.r.random() < 0.5
                out += [p + f'except {kind}' + (f' as e{u}:' if name else ':')]
                out += [p + f'    log("h{u}", {"e%d" % u if name else "None"})'] + self.block(ind + 4, depth - 1, in_loop, in_func)
                if self.r.random() < 0.2: out += [p + '    raise']
            if hs and self.r.random() < 0.3:
                out += [p + 'else:'] + self.block(ind + 4, depth - 1, in_loop, in_func)
            if not hs or self.r.random() < 0.5:
                out += [p + 'finally:', p + f'    log("f{u}")'] + self.block(ind + 4, depth - 1, in_loop, in_func)
            return out
        if k < 0.9:
            return [p + f'with CM({u}, {self.r.random() < 0.3}) as c{u}:'] + self.block(ind + 4, depth - 1, in_loop, in_func)
        return [p + f'if tick():'] + self.block(ind + 4, depth - 1, in_loop, in_func) + [p + 'else:'] + self.block(ind + 4, depth - 1, in_loop, in_func)

PRELUDE = '''
class E1(Exception): pass
class E2(Exception): pass
_t = [0]
SEQ = %r
def tick():
    _t[0] += 1
    return SEQ[_t[0] %% len(SEQ)]
def log(*a):
    print(*a)
class CM:
    def __init__(self, u, swallow):
        self.u, self.swallow = u, swallow
    def __enter__(self):
        log("enter", self.u); return self.u
    def __exit__(self, t, v, tb):
        log("exit", self.u, t.__name__ if t else None)
        return self.swallow
'''
GENERATORS = '--generators' in sys.argv


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    call = 'list(%s())' if GENERATORS else '%s()'
    for i in range(count):
        r = random.Random(seed * 100000 + i)
        g = G(r)
        seq = [r.random() < 0.4 for _ in range(17)]
        body = g.block(4, 4, False, True)
        src = PRELUDE % seq + 'def f():\n' + '\n'.join(body) + '\n    return "end"\n'
        src += ('for _ in range(3):\n    try:\n        log("result", ' + call % 'f' + ')\n'
                '    except Exception as e:\n        log("raised", type(e).__name__, e)\n')
        src += 'def g():\n' + '\n'.join(G(r).block(4, 3, False, True)) + '\n    return "gend"\n'
        src += ('try:\n    log("g", ' + call % 'g' + ')\n'
                'except Exception as e:\n    log("graised", type(e).__name__, e)\n')
        open('%s/cf_%04d.py' % (out, i), 'w').write(src)


if __name__ == '__main__':
    main()
