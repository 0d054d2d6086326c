#!/usr/bin/env python3
"""What CPython 3.11's compiler takes from the symbol table, per code object.

Usage:
    python3 tools/cpython_code_scopes.py LIB_ROOT

For every .py file under LIB_ROOT (recursively, sorted by relative path,
``site-packages`` excluded) prints one line ``RELPATH <TAB> ENTRIES``, where
ENTRIES is ``ERROR`` when ``compile(src, f, 'exec')`` raises (f the absolute
path), and otherwise the '|'-joined list, in pre-order over co_consts, of one
entry per nested code object:

    KEY TAG FLAGS CELLVARS FREEVARS

KEY being the '/'-joined path of ``co_name@co_firstlineno`` from the module
down; TAG ``G`` (CO_GENERATOR), ``C`` (CO_COROUTINE), ``AG``
(CO_ASYNC_GENERATOR) or ``-``; FLAGS the hex value of co_flags masked with
CO_VARARGS | CO_VARKEYWORDS | CO_NESTED; CELLVARS and FREEVARS the sorted
names joined by ',' (``-`` when none).  All of these follow from the symbol
table (is_generator, is_coroutine, nesting, *args/**kwargs, CELL and FREE
names, the implicit __class__ cell); the compiler drops code objects in
unreachable code, so the consumer
(src/test/java/taipan/compiler/StdlibCodeScopesTest.java) checks that each
entry here is one of Taipan's, not the converse.
"""
import os
import sys
import types
import warnings

MASK = 0x04 | 0x08 | 0x10


def entries(code, prefix, out):
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            key = '%s/%s@%d' % (prefix, c.co_name, c.co_firstlineno)
            f = c.co_flags
            tag = 'AG' if f & 0x200 else 'C' if f & 0x80 else 'G' if f & 0x20 else '-'
            out.append('%s %s %x %s %s' % (key, tag, f & MASK, ','.join(sorted(c.co_cellvars)) or '-',
                                           ','.join(sorted(c.co_freevars)) or '-'))
            entries(c, key, out)


def file_entries(path):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        code = compile(source, path, 'exec')
    except Exception:
        return 'ERROR'
    out = []
    entries(code, '', out)
    return '|'.join(out)


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print("cpython_code_scopes.py must run under CPython 3.11", file=sys.stderr)
        return 2
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    warnings.simplefilter('ignore')
    root = os.path.abspath(argv[0])
    rels = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != 'site-packages']
        for name in filenames:
            if name.endswith('.py'):
                rels.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/'))
    out = sys.stdout
    for rel in sorted(rels):
        out.write(rel + '\t' + file_entries(os.path.join(root, rel)) + '\n')
    out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
