#!/usr/bin/env python3
"""The code-object layout CPython 3.11's compiler produces, per stdlib file.

Usage:
    python3 tools/cpython_code_objects.py LIB_ROOT

For every .py file under LIB_ROOT (recursively, sorted by relative path,
``site-packages`` excluded) prints one line per code object, in pre-order over
co_consts from the module code:

    RELPATH <TAB> QUALNAME:FIRSTLINENO <TAB> FLAGS <TAB> ARGCOUNT/POSONLY/KWONLY
        <TAB> VARNAMES <TAB> CELLVARS <TAB> FREEVARS <TAB> DOC

FLAGS is co_flags without the __future__ bits (in hex); the names are
','-joined in CPython's order; DOC is ``str`` when co_consts[0] is a str in a
def or lambda (the docstring slot), else ``-``.  A file that does not compile
prints one line ``RELPATH <TAB> ERROR``.  Consumed by
src/test/java/taipan/compiler/StdlibCodeObjectsTest.java.
"""
import os
import sys
import warnings

COMPREHENSIONS = {'<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>'}


def entries(rel, co, out):
    is_function = co.co_flags & 1
    doc = 'str' if (is_function and co.co_name not in COMPREHENSIONS and co.co_consts
                    and isinstance(co.co_consts[0], str)) else '-'
    out.append('\t'.join([rel, '%s:%d' % (co.co_qualname, co.co_firstlineno), '%x' % (co.co_flags & 0xFFFF),
                          '%d/%d/%d' % (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount),
                          ','.join(co.co_varnames), ','.join(co.co_cellvars), ','.join(co.co_freevars), doc]))
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
    out = []
    warnings.simplefilter('ignore')
    for rel in sorted(files):
        try:
            with open(os.path.join(lib, rel), 'rb') as f:
                co = compile(f.read(), rel, 'exec')
        except (SyntaxError, ValueError):
            out.append(rel + '\tERROR')
            continue
        entries(rel, co, out)
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
