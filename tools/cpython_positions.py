#!/usr/bin/env python3
"""Source positions CPython 3.11 gives the instructions tracebacks point at.

Usage:
    python3 tools/cpython_positions.py LIB_ROOT

For every .py file under LIB_ROOT (recursively, sorted, ``site-packages``
excluded) that compiles, prints the distinct entries

    RELPATH <TAB> QUALNAME:FIRSTLINENO <TAB> OPNAME LINE ENDLINE COL ENDCOL

for the instructions of every code object whose opname is one of OPS below
(None positions print as -1).  Taipan's instruction set names the same
operations alike except calls (CALL_KW, CALL_METHOD, CALL_METHOD_KW are CALL
here).  Consumed by src/test/java/taipan/compiler/StdlibPositionsTest.java,
which checks each entry is among Taipan's.
"""
import dis
import os
import sys
import warnings

OPS = {'BINARY_OP', 'BINARY_SUBSCR', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'CALL', 'RAISE_VARARGS',
       'LOAD_METHOD', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL',
       'UNPACK_SEQUENCE', 'UNPACK_EX', 'COMPARE_OP', 'CONTAINS_OP', 'FOR_ITER', 'GET_ITER'}


def entries(rel, co, out):
    seen = set()
    for ins in dis.get_instructions(co):
        if ins.opname in OPS:
            p = ins.positions
            key = '%s %d %d %d %d' % (ins.opname, *(-1 if v is None else v for v in
                                                    (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)))
            if key not in seen:
                seen.add(key)
                out.append('%s\t%s:%d\t%s' % (rel, co.co_qualname, co.co_firstlineno, key))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            entries(rel, c, out)


def main():
    lib = sys.argv[1]
    files = []
    for root, dirs, names in os.walk(lib):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, lib).replace(os.sep, '/')
            if name.endswith('.py') and '/site-packages/' not in '/' + rel and os.path.isfile(path):
                files.append(rel)
    warnings.simplefilter('ignore')
    out = []
    for rel in sorted(files):
        try:
            with open(os.path.join(lib, rel), 'rb') as f:
                co = compile(f.read(), rel, 'exec')
        except (SyntaxError, ValueError):
            continue
        entries(rel, co, out)
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
