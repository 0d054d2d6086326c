#!/usr/bin/env python3
"""The oracle side of the stdlib AST comparison (run it with CPython 3.11).

Usage:
    python3 tools/cpython_ast_digests.py [--jobs N] LIB_ROOT [RELPATH ...]

For every .py file under LIB_ROOT (recursively, sorted by relative path,
anything under a ``site-packages`` directory excluded), or only for the given
relative paths, prints one line

    RELPATH <TAB> SHA256-HEX

where the digest is taken over the UTF-8 encoding (errors='surrogatepass') of

    ast.dump(ast.parse(open(f, 'rb').read(), f), include_attributes=True)

or, when parsing raises, of ``type(e).__name__ + ": " + str(e)``.  The file
name passed to ast.parse is the absolute path of the file, so ``str(e)`` names
its base name only.  Relative paths use '/' as separator.

The Java side (src/test/java/taipan/parser/StdlibAstTest.java and
bin/taipan --dump-ast through tools/compare_stdlib_ast.sh) computes the same
text with Taipan's parser; equal digests mean identical trees.  With
``--dump RELPATH`` the script instead prints that one file's full text (dump
or error line) to stdout, which is what the comparisons use to show the first
difference.  Exit status 2 when not run by CPython 3.11.
"""
import ast
import hashlib
import multiprocessing
import os
import sys


def parse_text(path):
    """The text whose digest is compared: the ast.dump line or the error line."""
    with open(path, 'rb') as f:
        source = f.read()
    try:
        return ast.dump(ast.parse(source, path), include_attributes=True)
    except Exception as e:  # SyntaxError, ValueError (NUL bytes), RecursionError...
        return type(e).__name__ + ": " + str(e)


def digest(item):
    root, rel = item
    text = parse_text(os.path.join(root, rel))
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
        print("cpython_ast_digests.py must run under CPython 3.11, not %s" % sys.version.split()[0],
              file=sys.stderr)
        return 2
    jobs = 2
    if argv[:1] == ['--jobs']:
        jobs = int(argv[1])
        argv = argv[2:]
    if argv[:1] == ['--dump']:
        if len(argv) != 3:
            print("usage: cpython_ast_digests.py --dump LIB_ROOT RELPATH", file=sys.stderr)
            return 2
        sys.stdout.buffer.write(parse_text(os.path.abspath(os.path.join(argv[1], argv[2])))
                                .encode('utf-8', 'surrogatepass') + b'\n')
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
            results = pool.imap(digest, items, chunksize=8)
            for rel, h in results:
                out.write(rel + '\t' + h + '\n')
    else:
        for item in items:
            rel, h = digest(item)
            out.write(rel + '\t' + h + '\n')
    out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
