#!/usr/bin/env python3
"""Writes src/test/resources/taipan/runtime/str_unicode_props.txt: for each
one-character str predicate of CPython 3.11, the code points (all of them,
lone surrogates included) where it is true, as inclusive hex ranges; and the
SHA-256 of all code points' unicodedata names (the namereplace error handler's).
Line formats: 'NAME LO-HI LO-HI ...' and 'names HEXDIGEST' (the digest of the
names, '' for none, joined by newlines, as UTF-8)."""
import hashlib
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11)
PROPS = ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper', 'islower', 'istitle',
         'isprintable', 'isidentifier']


def ranges(name):
    out, start = [], None
    for cp in range(0x110001):
        on = cp < 0x110000 and getattr(chr(cp), name)()
        if on and start is None:
            start = cp
        elif not on and start is not None:
            out.append('%X-%X' % (start, cp - 1))
            start = None
    return out


root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
with open(os.path.join(root, 'src/test/resources/taipan/runtime/str_unicode_props.txt'), 'w') as f:
    for p in PROPS:
        f.write(p + ' ' + ' '.join(ranges(p)) + '\n')
    names = '\n'.join(unicodedata.name(chr(cp), '') for cp in range(0x110000))
    f.write('names ' + hashlib.sha256(names.encode('utf-8')).hexdigest() + '\n')
