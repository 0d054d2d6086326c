#!/usr/bin/env python3
"""The oracle side of the stdlib symbol-table comparison (run it with CPython 3.11).

Usage:
    python3 tools/cpython_symtable_digests.py [--jobs N] LIB_ROOT [RELPATH ...]
    python3 tools/cpython_symtable_digests.py --dump LIB_ROOT RELPATH

For every .py file under LIB_ROOT (recursively, sorted by relative path,
anything under a ``site-packages`` directory excluded), or only the given
relative paths, prints ``RELPATH <TAB> SHA256-HEX``, the digest being taken over
the UTF-8 encoding (errors='surrogatepass') of the table text of

    _symtable.symtable(open(f, 'rb').read(), f, 'exec')

(f the absolute path), or, when that raises, ``type(e).__name__ + ": " + str(e)``.
The table text has one line per block, in pre-order (children in CPython's
order), each indented by two spaces per nesting level:

    block TYPE NAME LINENO NESTED [PARAM,PARAM,...]

TYPE being CPython's block type number (0 function, 1 class, 2 module),
NESTED 0 or 1, the brackets holding the block's varnames; followed, one more
level in, by one line per symbol sorted by name (code point order):

    NAME FLAGS

FLAGS being the raw flag word (DEF_* bits | scope << 11), from which
is_local, is_global, is_declared_global, is_nonlocal, is_free, is_parameter,
is_imported, is_assigned, is_referenced and is_annotated all follow.

The Java side (src/test/java/taipan/compiler/StdlibSymtableTest.java) computes
the same text with Taipan's parser and symbol table.  ``--dump`` prints one
file's full text instead.  Exit status 2 when not run by CPython 3.11.
"""
import _symtable
import sys
from cpython_digests import all_files, run  # noqa: F401 (all_files is re-exported)


def table_text(top):
    out = []

    def walk(t, depth):
        pad = '  ' * depth
        out.append('%sblock %d %s %d %d [%s]' % (pad, t.type, t.name, t.lineno, 1 if t.nested else 0,
                                               ','.join(t.varnames)))
        for name in sorted(t.symbols):
            out.append('%s  %s %d' % (pad, name, t.symbols[name]))
        for c in t.children:
            walk(c, depth + 1)

    walk(top, 0)
    return '\n'.join(out) + '\n'


def file_text(path):
    with open(path, 'rb') as f:
        source = f.read()
    try:
        return table_text(_symtable.symtable(source, path, 'exec'))
    except Exception as e:  # SyntaxError, ValueError (NUL bytes), RecursionError...
        return type(e).__name__ + ": " + str(e)


def main(argv):
    return run(argv, file_text, 'cpython_symtable_digests.py', __doc__, False)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
