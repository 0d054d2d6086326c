#!/usr/bin/env python3
"""Writes src/main/resources/taipan/runtime/charmaps.txt: the single-byte
codecs of CPython 3.11 that Taipan provides as tables, one per line:
'NAME ALIAS,ALIAS,... T0 T1 ... T255' where Ti is the hex code point byte i
decodes to, or '-' when the byte is undefined (decoding it is an error)."""
import codecs
import encodings.aliases
import os

NAMES = ['cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp437', 'cp850', 'iso8859_2', 'iso8859_5',
         'iso8859_7', 'iso8859_9', 'iso8859_15', 'koi8_r', 'mac_roman']

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
with open(os.path.join(root, 'src/main/resources/taipan/runtime/charmaps.txt'), 'w') as f:
    for name in NAMES:
        aliases = sorted(k for k, v in encodings.aliases.aliases.items() if v == name)
        table = []
        for b in range(256):
            try:
                table.append('%X' % ord(bytes([b]).decode(name)))
            except UnicodeDecodeError:
                table.append('-')
        f.write(' '.join([name, ','.join(aliases)] + table) + '\n')
