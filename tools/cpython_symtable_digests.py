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
import hashlib
import multiprocessing
import os
import sys


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


def digest(item):
    root, rel = item
    text = file_text(os.path.join(root, rel))
    return rel, hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


def all_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != 'site-packages']
        for name in filenames:
            if name.endswith('.py'):
                found.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/'))
    return sorted(found)


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print("cpython_symtable_digests.py must run under CPython 3.11, not %s" % sys.version.split()[0],
              file=sys.stderr)
        return 2
    jobs = 2
    if argv[:1] == ['--jobs']:
        jobs = int(argv[1])
        argv = argv[2:]
    if argv[:1] == ['--dump']:
        if len(argv) != 3:
            print("usage: cpython_symtable_digests.py --dump LIB_ROOT RELPATH", file=sys.stderr)
            return 2
        sys.stdout.buffer.write(file_text(os.path.abspath(os.path.join(argv[1], argv[2])))
                                .encode('utf-8', 'surrogatepass'))
        return 0
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    root = os.path.abspath(argv[0])
    rels = sorted(argv[1:]) if len(argv) > 1 else all_files(root)
    items = [(root, rel) for rel in rels]
    out = sys.stdout
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            for rel, h in pool.imap(digest, items, chunksize=8):
                out.write(rel + '\t' + h + '\n')
    else:
        for item in items:
            rel, h = digest(item)
            out.write(rel + '\t' + h + '\n')
    out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
