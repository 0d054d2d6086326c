#!/usr/bin/env python3
"""Writes src/test/resources/taipan/runtime/str_bytes_cases.txt: calls on str,
bytes and bytearray with CPython 3.11's results, for StrBytesCasesTest.

Each line: RECEIVER <TAB> OP <TAB> ARG... <TAB> '=' EXPECTED, values encoded as
  s:TEXT   a str; every character outside [A-Za-z0-9 ] written as \\uXXXX or \\UXXXXXXXX
  b:HEX    bytes        y:HEX  bytearray      i:N  int     f:X  float
  N        None         T:v,v  tuple (items encoded the same way, no nesting)
  D:k,v,k,v dict        L:v,v  list           type:NAME  a built-in type
  S:a,b,c  slice(a, b, c)              I:v    iter(v)
OP is a method name, or one of the operators +, *, in, [], repr, len, list, <, ==, call.
EXPECTED is repr(result) (then ' ; ' and repr(receiver) for bytearray receivers,
which may be mutated), or '!Type: message' for an exception; encoded as s: text."""
import os
import sys
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

assert sys.version_info[:2] == (3, 11)


def esc(s):
    out = []
    for c in s:
        if c.isascii() and (c.isalnum() or c == ' '):
            out.append(c)
        elif ord(c) > 0xFFFF:
            out.append('\\U%08X' % ord(c))
        else:
            out.append('\\u%04X' % ord(c))
    return ''.join(out)


def enc(v):
    if v is None:
        return 'N'
    if isinstance(v, bool):
        return 'i:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:%r' % v
    if isinstance(v, str):
        return 's:' + esc(v)
    if isinstance(v, bytes):
        return 'b:' + v.hex()
    if isinstance(v, bytearray):
        return 'y:' + v.hex()
    if isinstance(v, tuple):
        return 'T:' + ','.join(enc(x) for x in v)
    if isinstance(v, list):
        return 'L:' + ','.join(enc(x) for x in v)
    if isinstance(v, dict):
        return 'D:' + ','.join(enc(x) for kv in v.items() for x in kv)
    if isinstance(v, type):
        return 'type:' + v.__name__
    if isinstance(v, slice):
        return 'S:' + ','.join(enc(x) for x in (v.start, v.stop, v.step))
    if isinstance(v, Iter):
        return 'I:' + enc(v.value)
    raise TypeError(v)


class Iter:
    """An argument passed as iter(value)."""

    def __init__(self, value):
        self.value = value


OPS = {
    '+': lambda r, a: r + a,
    '*': lambda r, a: r * a,
    'in': lambda r, a: a in r,
    '[]': lambda r, a: r[a],
    'repr': lambda r: repr(r),
    'len': lambda r: len(r),
    'list': lambda r: list(r),
    '<': lambda r, a: r < a,
    '==': lambda r, a: r == a,
    'call': lambda r, *a: r(*a),
}

lines = []


def case(recv, op, *args):
    import copy
    r = copy.copy(recv)
    a = [iter(x.value) if isinstance(x, Iter) else copy.copy(x) for x in args]
    try:
        res = OPS[op](r, *a) if op in OPS else getattr(r, op)(*a)
        exp = repr(res)
    except Exception as e:
        exp = '!%s: %s' % (type(e).__name__, e)
    if isinstance(r, bytearray):
        exp += ' ; ' + repr(r)
    lines.append('\t'.join([enc(recv), op] + [enc(x) for x in args] + ['=' + esc(exp)]))


SLICES = [(None, None, None), (1, None, None), (None, -1, None), (-3, None, None), (None, None, 2),
          (None, None, -1), (5, 0, -2), (1, 100, 3), (-100, 100, None), (3, 1, None), (None, None, -3)]

STRS = ['', 'a', 'abc', 'Hello, World', '  spaced  out\t', 'ß', 'straße', 'İstanbul', 'ΣΑΣ ΟΔΟΣ', 'ﬁnal ǅungla',
        'a\u2028b\x1cc\x85d\r\ne\rf\n', '\U0001F600x\U0001F601', 'x\u00a0y\u3000z\u200bw', 'ǆ ǅ Ǆ', 'ΐ',
        '١٢٣', '²³½', '一二', 'MiXeD cAsE wOrDs', "it's o'neil", 'tab\tbed\tlines\nnext\tx', '-42', '+7',
        'Ⅻ', 'ﬀ', 'ŉ', '\ud800', 'ᾳ ᾼ', 'hello world', 'aaa', 'abcabcabc', "q'uo\"te", '\x00\x7f\xe9\u20ac',
        'ΌΣΟΣ Σ', 'Σ', 'aΣ.', 'A1_b', '_x', '1x', 'ℌ', 'Ω']

NOARG = ['upper', 'lower', 'casefold', 'capitalize', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii',
         'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
         'isupper', '__sizeof__', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']
for s in STRS:
    for m in NOARG:
        case(s, m)
    case(s, 'repr')
    case(s, 'len')
    case(s, 'list')
    case(s, 'encode')
    case(s, 'encode', 'utf-16')
    case(s, 'encode', 'ascii', 'backslashreplace')
    case(s, 'splitlines', True)
    for sl in SLICES[:6]:
        case(s, '[]', slice(*sl))

for s in ['abc', '\U0001F600x\U0001F601yz', 'héllo wörld']:
    for sl in SLICES:
        case(s, '[]', slice(*sl))
    for i in [0, 1, -1, 2, 5, -6, True]:
        case(s, '[]', i)
case('abc', '[]', 1.5)
case('abc', '[]', None)
case('abc', '[]', 2 ** 63)
case('abc', '[]', slice('x', None))
case('abc', '[]', slice(1, 2, 0))

for s in ['abcabcabc', 'a\U0001F600b\U0001F600c', 'aaaa', '']:
    for sub in ['', 'a', 'bc', 'abc', 'z', '\U0001F600', 'aa']:
        for m in ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith', 'partition',
                  'rpartition', 'split', 'rsplit']:
            case(s, m, sub)
        for st, en in [(1, None), (-3, None), (None, -2), (2, 5), (4, 2), (10, None), (None, 100), (-100, -50)]:
            for m in ['find', 'rfind', 'count', 'startswith', 'endswith']:
                case(s, m, sub, st, en)
    case(s, 'in', 'bc')
    case(s, 'replace', 'a', 'XY')
    case(s, 'replace', '', '-')
    case(s, 'replace', '', '-', 2)
    case(s, 'replace', 'a', '', 1)
    case(s, 'split', 'a', 1)
    case(s, 'rsplit', 'a', 1)
for s in ['  a b  c  ', 'a\u2003b\u00a0c\x1fd', '\t\n x \x0b\x0c', '', 'one']:
    for n in [-1, 0, 1, 2]:
        case(s, 'split', None, n)
        case(s, 'rsplit', None, n)
for s in ['abc', 'héllo', '\U0001F600']:
    for w in [-1, 0, 5, 6, 10]:
        for m in ['center', 'ljust', 'rjust']:
            case(s, m, w)
            case(s, m, w, '*')
        case(s, 'zfill', w)
for s in ['42', '-42', '+', '', '-', 'x-1']:
    case(s, 'zfill', 5)
for s in ['xxhixx', 'hi', '\tx\t', 'abcba', '😀a😀']:
    case(s, 'strip', 'x')
    case(s, 'lstrip', 'xh')
    case(s, 'rstrip', 'ab')
    case(s, 'strip', '😀')
    case(s, 'strip', None)
for s in ['prefix-body-suffix', 'body']:
    case(s, 'removeprefix', 'prefix-')
    case(s, 'removesuffix', '-suffix')
    case(s, 'removeprefix', '')
    case(s, 'removesuffix', '')
for s in ['a\tb\tc', '12345\t1\n\tx', '\U0001F600\tz', 'ab\r\tc']:
    for n in [8, 4, 1, 0, -1]:
        case(s, 'expandtabs', n)
for sep, items in [(', ', ['a', 'b', 'c']), ('', []), ('-', ['x']), ('\U0001F600', ['a', 'b']), (',', ['a', 1]),
                   (',', ('a', b'b')), ('.', Iter('xyz'))]:
    case(sep, 'join', items)
case('x', 'join', 5)
for s in ['abc', 'hello', '\U0001F600ab']:
    case(s, 'translate', {97: 'X', 98: None, 99: 0x1F600})
    case(s, 'translate', {ord('\U0001F600'): 'E'})
case('abc', 'translate', {97: 1.5})
case('abc', 'translate', {97: 0x110000})
case('abc', 'translate', ['A', 'B', 'C'] * 40)
case(str, 'maketrans', 'ab', 'xy')
case(str, 'maketrans', 'ab', 'xy', 'c')
case(str, 'maketrans', {'a': 'b', 66: None})
case(str, 'maketrans', {'ab': 1})
case(str, 'maketrans', {1.5: 1})
case(str, 'maketrans', 1)
case(str, 'maketrans', 'ab', 'c')
for s, o in [('abc', 'abd'), ('abc', 'ab'), ('\U0001F600', '\uffff'), ('a', 'A'), ('', '')]:
    case(s, '<', o)
    case(s, '==', o)
case('abc', '<', 1)
case('abc', '==', 1)
for a, b in [('ab', 'cd'), ('ab', 1), ('ab', b'x')]:
    case(a, '+', b)
for n in [0, 1, 3, -2, True, 1.5, 2 ** 63, 2 ** 40, 'x']:
    case('ab', '*', n)
case('ab', 'in', 1)
case('ab', 'in', '')
case('abc', 'find', 1)
case('abc', 'find', 'a', 'x')
case('abc', 'index', 'z')
case('abc', 'rindex', 'z', 1)
case('abc', 'startswith', 1)
case('abc', 'startswith', (1,))
case('abc', 'startswith', ('x', 'ab'))
case('abc', 'endswith', ('x', 'bc'))
case('abc', 'split', '')
case('abc', 'split', 1)
case('abc', 'center', 'x')
case('abc', 'center', 5, 'xy')
case('abc', 'center', 5, 1)
case('abc', 'partition', '')
case('abc', 'replace', 1, 'a')
case('abc', 'strip', 1)
case('abc', 'removeprefix', 1)
case('abc', 'ljust', 2 ** 63)
case('abc', 'splitlines', 1.5)
case('abc', 'split', None, 'x')
# random strings over characters with tricky case, width or class (seeded: the file is reproducible)
import random
rng = random.Random(311)
POOL = ['a', 'Z', 'ß', 'Σ', 'σ', 'ς', '\u0345', 'İ', 'ı', 'i', 'ŉ', 'ǰ', 'ﬃ', "'", '.', ':', '\u00ad', '\u0301',
        '\u02bc', 'ᾼ', 'ᾳ', 'Ꭰ', 'ꭰ', '\u2126', '5', '٣', '²', ' ', '\t', '\u2003', '\n', '\u2028', '\U00010400',
        '\U00010428', '\U0001D400', '\U0001F600', 'ǅ', 'Ǆ', 'ǆ', '-', '_', '\u0130\u0307']
for _ in range(150):
    t = ''.join(rng.choice(POOL) for _ in range(rng.randint(1, 8)))
    for m in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'istitle', 'islower', 'isupper',
              'isalnum', 'isidentifier', 'split', 'strip', 'splitlines']:
        case(t, m)
    case(t, '[]', slice(None, None, -1))
    case(t, 'encode', 'utf-16-be', 'surrogatepass')
# errors from the corpus programs
for recv, op, args in [(b'a', '*', (b'b',)), (bytes, 'call', (1, 'utf-8')), (b'x', 'count', (256,)),
                       (b'ab', 'split', (1,)), (bytes, 'call', ('x', 'nope')), ('abc', 'partition', (None,)),
                       (bytearray(b'ab'), 'extend', ([1, 'x'],)), (bytearray(b'ab'), '__setitem__', (0, 999)),
                       (bytearray(b'ab'), 'append', (-1,)), (b'x', '<', (1,)), (b'ab', 'rjust', (2 ** 63,)),
                       (bytearray, 'call', ('x',)), (bytearray, 'call', ('x', 'ascii', 'strict')),
                       (bytes, 'call', (b'x', None, 'strict')), (str, 'call', (b'x', None)),
                       ('a', 'encode', (None,)), (b'a', 'decode', (None,)), ('x', 'count', ('',)),
                       ('', 'count', ('',)), ('ab', 'count', ('', 1, 1)), ('ab', 'find', ('', 2)),
                       ('ab', 'find', ('', 3)), ('ab', 'rfind', ('', 1, 0)), ('abc', 'startswith', ('', 3)),
                       ('abc', 'startswith', ('', 4)), ('abc', 'endswith', ('c', -1, 5)),
                       ('abc', '[]', (slice(2 ** 70, -2 ** 70, -1),)), ('abc', '[]', (slice(None, None, -2 ** 70),)),
                       ('a\tb', 'expandtabs', (2 ** 63,)), ('ab', 'splitlines', (True,)),
                       ('x\r\n\ry', 'splitlines', (False,)), (b'x\r\n\ry\x0c', 'splitlines', (True,))]:
    case(recv, op, *args)
# code pages
for t in ['abc', 'caf\u00e9 \u20ac', '\u0416\u0436', '\u00c7a va', '\u2500\u2502', 'a\u20ac\u20acb\U0001F600']:
    for e in ['cp1252', 'windows-1252', 'cp437', 'IBM437', 'iso8859-15', 'latin9', 'koi8_r', 'mac_roman', 'cp1251',
              'iso-8859-2', 'cp850', 'greek', 'l5']:
        case(t, 'encode', e)
    case(t, 'encode', 'cp437', 'replace')
    case(t, 'encode', 'cp1252', 'xmlcharrefreplace')
    case(t, 'encode', 'cp1252', 'bogus')
for d in [b'abc', bytes(range(128, 256)), b'\x81\x8d\x8fA', b'\xa4\xe9']:
    for e in ['cp1252', 'cp437', 'iso8859_15', 'koi8-r', 'mac-roman', 'cp1253', 'iso8859_7']:
        case(d, 'decode', e)
    case(d, 'decode', 'cp1252', 'replace')
    case(d, 'decode', 'cp1253', 'backslashreplace')
    case(d, 'decode', 'cp1253', 'bogus')
# hex and fromhex corners
for t in ['61\u300062', '61\t62\n', ' 6 1', '6162 ', '\u00e9', '0A0b', '', '  ', '61\x0b62', '61\x1c62']:
    case(bytes, 'fromhex', t)
for args in [(':', 0), (':', 3), (':', -3), ('\u00e9',), ('', 1), (b'', 1), (':', 2 ** 40), (None,)]:
    case(b'abcdefg', 'hex', *args)
# lone surrogates never match half of a non-BMP code point
P = 'a\U0001F600b\U0001F600'
for sub in ['\ud83d', '\ude00', 'a\ud83d', '\ude00b', '\U0001F600']:
    for m in ['find', 'rfind', 'count', 'split', 'rsplit', 'partition', 'rpartition', 'startswith', 'endswith',
              'removeprefix', 'removesuffix', 'strip', '__contains__']:
        case(P, m, sub)
    case(P, 'replace', sub, '-')
    case(P, 'startswith', sub, 1)
for s in ['\ud83d', '\ud83dx\ude00']:
    case(s, 'find', '\ud83d')
    case(s, 'split', '\ude00')
    case(s, '[]', 0)
    case(s, 'len')
# str() constructor and codecs
for args in [(), (1,), ('x',), (b'ab',), (b'ab', 'ascii'), (b'\xff', 'latin-1'), (b'\xff',), (b'\xff', 'utf-8', 'replace'),
             (bytearray(b'h\xc3\xa9'), 'utf-8'), ('a', 'utf-8'), (1, 'utf-8'), (b'ab', 'zz'), (b'a', 1),
             (b'\xe2\x82\xac', 'UTF8'), (b'\xe9', 'L1'), (b'abc', 'utf_8'), (b'x', ' utf--8 ')]:
    case(str, 'call', *args)
TEXTS = ['abc', 'héllo', '\u20ac\u20ac', '\U0001F600', 'a\udcffb', '\ud800', 'x\u00e9\u20ac\U0001F600y', '',
         '\u4e00\uac00\ud7a3\U00017000\ue000\x85\U0002a700\ufa0e']
ENCODINGS = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
             'nope', 'U8', 'iso8859-1', 'us-ascii', 'utf-8-sig', 'UTF_8_SIG']
for t in TEXTS:
    for e in ENCODINGS:
        case(t, 'encode', e)
    for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
              'surrogatepass', 'bogus']:
        case(t, 'encode', 'ascii', h)
        case(t, 'encode', 'utf-8', h)
        case(t, 'encode', 'latin-1', h)
        case(t, 'encode', 'utf-16-le', h)
case('a', 'encode', 1)
case('a', 'encode', 'utf-8', 1)
DATA = [b'abc', b'\xff', b'\xff\xfe', b'\xe2\x82', b'\xed\xa0\x80', b'\x80abc', b'h\xc3\xa9llo', b'\xf0\x9f\x98\x80',
        b'\xf0\x9f\x98', b'\xf0\x9f\x98x', b'\xc0\x80', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'a\xff\xfeb',
        b'\xff\xfea\x00', b'\xfe\xff\x00a', b'abc', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\x00\xd8\x00',
        b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'=\xd8\x00\xde', b'',
        b'\xef\xbb\xbfa', b'\xef\xbb\xbf\xffa', b'\xef\xbb', b'\xef\xbb\xbf\xef\xbb\xbf']
for d in DATA:
    for e in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig']:
        case(d, 'decode', e)
    case(d, 'decode', 'utf-8-sig', 'bogus')
    for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace']:
        case(d, 'decode', 'utf-8', h)
        case(d, 'decode', 'ascii', h)
        case(d, 'decode', 'utf-16-le', h)
case(b'ab', 'decode', 1)
B = '\\'
for raw in ['a' + B + 'nb', B + 'x4', B + 'x4g', B + 'u12', B + 'U00110000', B + 'U0001F600', B + 'N{LATIN SMALL LETTER A}',
            B + 'N{latin small letter a}', B + 'N{NOPE}', B + 'N{', B + 'Nx', B + 'N{}', B + 'N{abc', B + 'N', B + 'N{}x', 'ab' + B, B + 'q', B + '101' + B + '0' + B + '777',
            B + "'" + B + '"' + B + 'a' + B + 'b' + B + 'f' + B + 'v' + B + 't' + B + 'r', B + 'N{CJK UNIFIED IDEOGRAPH-4E00}',
            B + 'N{HANGUL SYLLABLE GA}', 'x' + B + 'u00e9y' + B + 'x4', B + '8', '\xe9\xff', B + B + 'u0041', B + B + B + 'u0041',
            B + 'x41' + B + 'u0042' + B + 'U00000043', B + '\n' + 'x']:
    for codec in ['unicode_escape', 'raw_unicode_escape']:
        for h in ['strict', 'replace', 'backslashreplace', 'ignore']:
            case(raw.encode('latin-1'), 'decode', codec, h)
for t in ['a\nb\\\'"', '\xe9\u20ac\U0001F600\x00\x7f\t\r', '\ud800', '']:
    case(t, 'encode', 'unicode_escape')
    case(t, 'encode', 'raw_unicode_escape')

# bytes and bytearray
BYTES = [b'', b'abc', b'Hello, World', b'  spaced\t out \n', b'\x00\xff\x80', b"q'uo\"te", b'MiXeD cAsE',
         b'a\nb\r\nc\rd\x0be', b'123', b'Title Case', b'x\ty\tz']
for B in [bytes, bytearray]:
    for raw in BYTES:
        b = B(raw)
        for m in ['upper', 'lower', 'capitalize', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii', 'isdigit',
                  'islower', 'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip',
                  'rstrip', 'expandtabs', 'hex', 'decode']:
            case(b, m)
        if B is bytes:
            case(b, '__sizeof__')
        case(b, 'repr')
        case(b, 'len')
        case(b, 'list')
        case(b, 'splitlines', True)
        case(b, 'hex', ':')
        case(b, 'hex', '-', 2)
        case(b, 'hex', b'|', -1)
        for sl in SLICES:
            case(b, '[]', slice(*sl))
        for i in [0, -1, 5]:
            case(b, '[]', i)
    for raw in [b'abcabcabc', b'aaaa', b'']:
        b = B(raw)
        for sub in [b'', b'a', b'bc', 99, bytearray(b'ab'), b'z']:
            for m in ['find', 'rfind', 'count', 'index', 'rindex']:
                case(b, m, sub)
                case(b, m, sub, 1, -1)
            case(b, 'in', sub)
        for sub in [b'', b'a', b'bc', b'z', (b'x', b'ab')]:
            for m in ['startswith', 'endswith']:
                case(b, m, sub)
                case(b, m, sub, 1)
        for sep in [b'a', b'bc', b'z']:
            for m in ['partition', 'rpartition', 'split', 'rsplit']:
                case(b, m, sep)
            case(b, 'split', sep, 1)
            case(b, 'rsplit', sep, 1)
        case(b, 'replace', b'a', b'XY')
        case(b, 'replace', b'', b'-')
        case(b, 'replace', b'a', b'', 2)
        case(b, 'removeprefix', b'ab')
        case(b, 'removesuffix', b'bc')
        case(b, 'strip', b'a')
        case(b, 'center', 12, b'*')
        case(b, 'ljust', 12)
        case(b, 'rjust', 12, bytearray(b'-'))
        case(b, 'zfill', 12)
    b = B(b'abc')
    for other in [b'de', bytearray(b'de'), 'x', 1]:
        case(b, '+', other)
    for n in [0, 2, -1, 'x', 1.5]:
        case(b, '*', n)
    for o in [b'abd', bytearray(b'ab'), 'abc']:
        case(b, '<', o)
        case(b, '==', o)
    for x in ['x', 300, 98, b'bc']:
        case(b, 'in', x)
    case(b, 'find', 300)
    case(b, 'find', 'a')
    case(b, 'index', b'z')
    case(b, '[]', 1.5)
    case(b, '[]', slice(1, 2, 0))
    case(b, 'split', b'')
    case(b, 'center', 5, 'x')
    case(b, 'center', 5, b'xy')
    case(b, 'startswith', 'a')
    case(b, 'endswith', ('a',))
    case(b, 'replace', 'a', 'b')
    case(b, 'strip', 'a')
    case(b, 'partition', b'')
    case(b, 'join', [b'x', bytearray(b'y'), b'z'])
    case(b, 'join', [b'x', 1])
    case(b, 'translate', bytes(range(256))[::-1])
    case(b, 'translate', None, b'b')
    case(b, 'translate', b'x')
    case(b, 'hex', 'xx')
    case(B, 'fromhex', '61 62ff')
    case(B, 'fromhex', 'zz')
    case(B, 'fromhex', 'a')
    case(B, 'fromhex', 1)
    case(B, 'maketrans', b'ab', b'xy')
    case(B, 'maketrans', b'a', b'bc')
    for args in [(), (3,), (-1,), ([1, 2, 255],), ([256],), ([1.5],), ('abc',), ('abc', 'ascii'), ('é', 'utf-8'),
                 ('é', 'ascii'), ('é', 'ascii', 'replace'), (b'ab',), (bytearray(b'xy'),), (1.5,), (None,),
                 (b'ab', 'ascii'), (Iter(b'\x01\x02'),), ([True, 2],), ('a', 'nope')]:
        case(B, 'call', *args)

for raw, ops in [
    (b'abc', [('append', 100), ('append', 300), ('append', 'a'), ('extend', b'xyz'), ('extend', [1, 2]),
              ('extend', 1), ('extend', [300]), ('extend', 'ab'), ('insert', 1, 120), ('insert', -10, 120),
              ('insert', 100, 120), ('insert', 0, 300), ('pop',), ('pop', 0), ('pop', 5), ('remove', 98),
              ('remove', 9), ('remove', 300), ('reverse',), ('clear',), ('copy',),
              ('__setitem__', 0, 65), ('__setitem__', 0, 300), ('__setitem__', 5, 1), ('__setitem__', -1, 66),
              ('__setitem__', slice(0, 2), b'XYZW'), ('__setitem__', slice(None), b''),
              ('__setitem__', slice(0, 1), 5), ('__setitem__', slice(0, 1), 'a'),
              ('__setitem__', slice(None, None, 2), b'XY'), ('__setitem__', slice(None, None, 2), b'XYZ'),
              ('__setitem__', slice(None, None, -1), [1, 2, 3]), ('__setitem__', slice(1, 1), [7, 8]),
              ('__setitem__', 1.5, 1), ('__delitem__', 0), ('__delitem__', -1), ('__delitem__', 5),
              ('__delitem__', slice(None, None, 2)), ('__delitem__', slice(1, None)),
              ('__delitem__', slice(None, None, -1)),
              ('__iadd__', b'de'), ('__iadd__', 1), ('__imul__', 3), ('__imul__', 0), ('__imul__', 'x')]),
    (b'', [('pop',), ('remove', 1)]),
]:
    for op in ops:
        case(bytearray(raw), *op)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
with open(os.path.join(root, 'src/test/resources/taipan/runtime/str_bytes_cases.txt'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines), 'cases')
