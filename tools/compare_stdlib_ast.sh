#!/usr/bin/env bash
# Compares Taipan's syntax trees with CPython 3.11's outside JUnit and prints a summary.
#
#   tools/compare_stdlib_ast.sh [-n DETAILS] [FILE_OR_DIR ...]
#
# Without arguments it takes every .py file of the CPython 3.11 Lib directory
# (site-packages excluded); a directory argument means its .py files likewise.
# It runs `bin/taipan --dump-ast FILE...` once (which prints, per file, a line
# "=== FILE" and then the ast.dump line or the error line) and compares each file's
# text with CPython's ast.dump(ast.parse(src, f), include_attributes=True), or its
# "Type: str(e)" line, computed by tools/cpython_ast_digests.py's parse_text while
# Taipan's output streams in. It prints counts (identical, differing: known / not
# known, known entries now matching, files Taipan printed nothing for), the differing
# files, and for the first DETAILS (default 5) differing files both texts around the
# first differing character. Known differences are read from
# tests/stdlib_ast_known_differences.txt (paths relative to the Lib directory).
# Exit status: 0 when every difference is known, 1 otherwise, 2 on usage errors.
set -e
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
exec python3 - "$here" "$@" <<'PYEOF'
import os, re, subprocess, sys
here, args = sys.argv[1], sys.argv[2:]
if sys.version_info[:2] != (3, 11):
    sys.exit("compare_stdlib_ast.sh needs python3 to be CPython 3.11, not %s" % sys.version.split()[0])
sys.path.insert(0, os.path.join(here, 'tools'))
from cpython_ast_digests import all_files, parse_text

details = 5
if args[:1] == ['-n']:
    details, args = int(args[1]), args[2:]
lib = os.path.dirname(os.__file__)
files = []
for a in args or [lib]:
    a = os.path.abspath(a)
    files += [os.path.join(a, r) for r in all_files(a)] if os.path.isdir(a) else [a]
if not files:
    sys.exit(2)

known = {}
with open(os.path.join(here, 'tests', 'stdlib_ast_known_differences.txt'), encoding='utf-8') as f:
    for line in f:
        if line.strip() and not line.startswith('#'):
            rel, _, reason = line.rstrip('\n').partition('\t')
            known[rel] = reason

def rel_of(path):
    r = os.path.relpath(path, lib)
    return path if r.startswith('..') else r.replace(os.sep, '/')

def context(expected, actual):
    i = 0
    n = min(len(expected), len(actual))
    while i < n and expected[i] == actual[i]:
        i += 1
    m = re.compile(r'(?<!end_)lineno=(\d+)').search(expected, max(0, expected.rfind(' ', 0, i)))
    where = ' (next node position in CPython\'s dump: line %s)' % m.group(1) if m else ''
    show = lambda s: ('...' if i > 80 else '') + s[max(0, i - 80):i] + ' >>>|' + s[i:i + 80]
    return ('  first difference at character %d%s\n    CPython: %s\n    Taipan : %s\n'
            % (i, where, show(expected), show(actual)))

taipan = subprocess.Popen([os.path.join(here, 'bin', 'taipan'), '--dump-ast'] + files,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, encoding='utf-8',
                          errors='surrogateescape')
same, differ, known_now_same, shown = [], [], [], []
seen = set()
header = None
for line in taipan.stdout:
    line = line.rstrip('\n')
    if header is None:
        if line.startswith('=== '):
            header = line[4:]
        continue
    path, header = header, None
    seen.add(path)
    rel = rel_of(path)
    expected = parse_text(path)
    if expected == line:
        same.append(rel)
        if rel in known:
            known_now_same.append(rel)
    else:
        differ.append(rel)
        if rel not in known and len(shown) < details:
            shown.append('=== %s\n%s' % (rel, context(expected, line)))
status = taipan.wait()
missing = [rel_of(p) for p in files if p not in seen]

unexpected = [r for r in differ if r not in known]
print('%d files: %d identical, %d differ (%d known, %d unexpected), %d known entries now match, '
      '%d without output from bin/taipan (exit status %d)'
      % (len(files), len(same), len(differ), len(differ) - len(unexpected), len(unexpected),
         len(known_now_same), len(missing), status))
for title, items in (('unexpected differences', unexpected), ('known entries now matching', known_now_same),
                     ('no output from bin/taipan', missing)):
    if items:
        print('%s:' % title)
        for r in items[:100]:
            print('  ' + r)
        if len(items) > 100:
            print('  ... and %d more' % (len(items) - 100))
for s in shown:
    print(s, end='')
sys.exit(1 if unexpected or known_now_same or missing else 0)
PYEOF
