#!/usr/bin/env python3
"""Writes random small programs that stress scoping, for the symbol-table differential.

Usage:
    python3 tools/gen_symtable_fuzz.py SEED COUNT OUTDIR

Writes OUTDIR/fuzz_NNNN.py, COUNT programs drawn with random.Random(SEED):
nested def / async def / class / lambda / comprehension blocks using a small
pool of names (plain, private, super, __class__) in loads, stores, deletes,
augmented assignments, global / nonlocal declarations, walrus targets,
annotations, imports, except and match captures.  Many of them are rejected
by the symbol table on purpose, so that the errors are compared too.  Plain
Python (any version 3.x); the programs need CPython 3.11 to be judged.
Consumed by src/test/java/taipan/compiler/StdlibSymtableTest.java.
"""
import os
import random
import sys

NAMES = ['a', 'b', 'c', '__p', '__q__', 'super', '__class__', 'x']


class Gen:
    def __init__(self, rnd):
        self.r = rnd

    def name(self):
        return self.r.choice(NAMES)

    def expr(self, depth):
        r = self.r
        k = r.randrange(15 if depth < 3 else 4)
        if k < 3:
            return self.name()
        if k == 3:
            return str(r.randrange(10))
        if k == 4:
            return '(%s := %s)' % (self.name(), self.expr(depth + 1))
        if k == 5:
            return 'lambda %s: %s' % (', '.join(r.sample(NAMES[:4], r.randrange(3))), self.expr(depth + 1))
        if k in (6, 7):
            kind = r.choice(['[%s %s]', '{%s %s}', '(%s %s)', '{%s: 0 %s}'])
            gens = ' '.join('for %s in %s%s' % (self.name(), self.expr(depth + 1),
                                                 ' if %s' % self.expr(depth + 1) if r.random() < 0.3 else '')
                            for _ in range(r.randrange(1, 3)))
            return kind % (self.expr(depth + 1), gens)
        if k == 8:
            return '%s(%s)' % (self.name(), self.expr(depth + 1))
        if k == 9:
            return '%s.%s' % (self.expr(depth + 1), self.name())
        if k == 10:
            return '(yield %s)' % self.expr(depth + 1)
        if k == 11:
            return '(await %s)' % self.expr(depth + 1)
        if k == 12:
            return 'f"{%s!r:{%s}}"' % (self.name(), self.name())
        if k == 13:
            return '(lambda %s=%s, *%s, %s=%s: %s)' % (self.name(), self.expr(depth + 1), self.name(), self.name(),
                                                      self.expr(depth + 1), self.expr(depth + 1))
        return '(yield from %s)' % self.expr(depth + 1)

    def block(self, indent, depth):
        out = []
        for _ in range(self.r.randrange(1, 4)):
            out.extend(self.stmt(indent, depth))
        return out

    def stmt(self, indent, depth):
        r = self.r
        pad = '    ' * indent
        k = r.randrange(18 if depth < 3 else 8)
        if k == 0:
            return [pad + '%s = %s' % (self.name(), self.expr(depth))]
        if k == 1:
            return [pad + 'print(%s)' % self.expr(depth)]
        if k == 2:
            return [pad + 'global %s' % self.name()]
        if k == 3:
            return [pad + 'nonlocal %s' % self.name()]
        if k == 4:
            return [pad + '%s: %s%s' % (self.name(), self.expr(depth),
                                         ' = %s' % self.expr(depth) if r.random() < 0.5 else '')]
        if k == 5:
            return [pad + r.choice(['del %s', '%s += 1', 'import %s', 'from m import %s as %s'])
                    .replace('%s', self.name())]
        if k == 6:
            return [pad + 'try:', pad + '    pass', pad + 'except E as %s:' % self.name(),
                    pad + '    return %s' % self.expr(depth)]
        if k == 7:
            return [pad + 'match %s:' % self.expr(depth), pad + '    case [%s, *%s]:' % (self.name(), self.name()),
                    pad + '        pass']
        if k == 14:
            return [pad + r.choice(['from m import *', 'return %s' % self.expr(depth),
                                    '*%s, %s = %s' % (self.name(), self.name(), self.expr(depth)),
                                    '%s(%s=%s, **%s)' % (self.name(), self.name(), self.expr(depth), self.name())])]
        if k == 15:
            return [pad + r.choice(['with', 'async with']) + ' %s as %s:' % (self.expr(depth), self.name())] + \
                self.block(indent + 1, depth + 1)
        if k == 16:
            return [pad + 'match %s:' % self.expr(depth),
                    pad + '    case {0: %s, **%s} | P(%s, k=%s) if %s:' % (self.name(), self.name(), self.name(),
                                                                         self.name(), self.expr(depth)),
                    pad + '        pass']
        if k == 17:
            return [pad + 'try:'] + self.block(indent + 1, depth + 1) + \
                [pad + 'except* %s as %s:' % (self.expr(depth), self.name())] + self.block(indent + 1, depth + 1)
        if k in (8, 9, 10):
            head = r.choice(['def', 'async def'])
            params = ['%s: %s' % (p, self.expr(depth)) if r.random() < 0.2 else p
                      for p in r.sample(NAMES[:4], r.randrange(3))]
            if r.random() < 0.2:
                params.append('*%s' % self.name())
            if r.random() < 0.2:
                params.append('**%s' % self.name())
            deco = [pad + '@%s' % self.name()] if r.random() < 0.2 else []
            return deco + [pad + '%s %s(%s):' % (head, self.name(), ', '.join(params))] + \
                self.block(indent + 1, depth + 1)
        if k in (11, 12):
            return [pad + 'class %s(%s):' % (r.choice(['C', '_K', '__']), self.name())] + \
                self.block(indent + 1, depth + 1)
        return [pad + 'for %s in %s:' % (self.name(), self.expr(depth))] + self.block(indent + 1, depth + 1)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    seed, count, outdir = int(argv[0]), int(argv[1]), argv[2]
    rnd = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for i in range(count):
        g = Gen(rnd)
        lines = []
        if rnd.random() < 0.2:
            lines.append('from __future__ import annotations')
        for _ in range(rnd.randrange(1, 4)):
            lines.extend(g.stmt(0, 0))
        with open(os.path.join(outdir, 'fuzz_%04d.py' % i), 'w') as f:
            f.write('\n'.join(lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
