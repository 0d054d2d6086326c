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
import sys
from cpython_digests import all_files, run  # noqa: F401 (all_files is re-exported)


def parse_text(path):
    """The text whose digest is compared: the ast.dump line or the error line."""
    with open(path, 'rb') as f:
        source = f.read()
    try:
        return ast.dump(ast.parse(source, path), include_attributes=True)
    except Exception as e:  # SyntaxError, ValueError (NUL bytes), RecursionError...
        return type(e).__name__ + ": " + str(e)


def main(argv):
    return run(argv, parse_text, 'cpython_ast_digests.py', __doc__, True)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
