"""What the oracle scripts for the stdlib comparisons share (run with CPython 3.11):
the file list (every .py file under a Lib root, sorted, site-packages excluded)
and the command line: ``[--jobs N] LIB_ROOT [RELPATH ...]`` prints
``RELPATH <TAB> SHA256-HEX`` of each file's text (UTF-8, surrogatepass);
``--dump LIB_ROOT RELPATH`` prints one file's text."""
import functools
import hashlib
import multiprocessing
import os
import sys


def all_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != 'site-packages']
        for name in filenames:
            if name.endswith('.py'):
                found.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/'))
    return sorted(found)


def _digest(text_of, root, rel):
    text = text_of(os.path.join(root, rel))
    return rel, hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


def run(argv, text_of, script, usage, dump_newline):
    """The whole command line of an oracle script whose per-file text is text_of(path)."""
    if sys.version_info[:2] != (3, 11):
        print("%s must run under CPython 3.11, not %s" % (script, sys.version.split()[0]), file=sys.stderr)
        return 2
    jobs = 2
    if argv[:1] == ['--jobs']:
        jobs = int(argv[1])
        argv = argv[2:]
    if argv[:1] == ['--dump']:
        if len(argv) != 3:
            print("usage: %s --dump LIB_ROOT RELPATH" % script, file=sys.stderr)
            return 2
        text = text_of(os.path.abspath(os.path.join(argv[1], argv[2])))
        sys.stdout.buffer.write(text.encode('utf-8', 'surrogatepass') + (b'\n' if dump_newline else b''))
        return 0
    if not argv:
        print(usage, file=sys.stderr)
        return 2
    root = os.path.abspath(argv[0])
    rels = sorted(argv[1:]) if len(argv) > 1 else all_files(root)
    digest = functools.partial(_digest, text_of, root)
    out = sys.stdout
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            for rel, h in pool.imap(digest, rels, chunksize=8):
                out.write(rel + '\t' + h + '\n')
    else:
        for rel in rels:
            rel, h = digest(rel)
            out.write(rel + '\t' + h + '\n')
    out.flush()
    return 0
