"""Generates src/test/resources/taipan/parser/string_literals.txt, the expected
results of StringLiteralsTest, from CPython 3.11 itself.

Each case is a source made only of string literals (optionally after "x = " or
inside parentheses); replacement fields use only names, attribute chains, ints, comparisons
and parentheses, which the test's stand-in expression parser understands.
The file holds, per case, a line "SRC <source>" (backslash, newline, CR and
tab escaped as \\\\ \\n \\r \\t) followed by "AST <ast.dump of the value>" or
"ERR <SyntaxError message>".

With the argument "errors" it writes string_errors.txt instead: whole modules
with a string-literal error, "SRC <source>" then "ERR msg|lineno|offset|end_lineno|end_offset"
as CPython's SyntaxError gives them for the source compiled as UTF-8 bytes.

Run: python3.11 tools/gen_string_literal_cases.py > src/test/resources/taipan/parser/string_literals.txt
     python3.11 tools/gen_string_literal_cases.py errors > src/test/resources/taipan/parser/string_errors.txt
"""
import ast
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

CASES = [
    # plain strings, prefixes, quotes
    "''", '""', "''''''", '""""""', "'a'", '"a"', "'''a'''", '"""a\nb"""', "u'a'", "U'a'",
    "r'a\\d'", "R'a\\n'", "b'a'", "B'a'", "br'a\\n'", "Rb'a\\n'", "bR'\\x'", "rB'a'",
    "'\\''", '"\\""', "'''a'b''c'''", '"""a""b"c"""', "'a\"b'", "'\\\\'",
    # escapes
    r"'\a\b\f\n\r\t\v'", r"'\0\1\12\123\1234\777\8\9'", r"'\x41\x4a\x4A'", r"'\u0041\u00e9\uFFFF'",
    r"'\U0001F600\U00000041'", r"'\ud800'", r"'\udfff x'", r"'\N{LATIN SMALL LETTER A}'",
    r"'\ud83d\ude00'", r"'\ud83d' '\ude00'", r"f'\ud83d{x}\ude00\ud83d\ude00'", "'\U0001F600\\udc00'",
    "'\uffff' '\uffff'", "r'\uffff' '\\uffff'",
    r"'\N{latin small letter e with acute}'", r"'\N{EM DASH}\N{BULLET}'", r"'\N{HANGUL SYLLABLE GA}'",
    r"'\N{HANGUL SYLLABLE GGAG}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", r"'\N{CJK UNIFIED IDEOGRAPH-20000}'",
    r"'\N{SNOWMAN}'", r"'\N{GRINNING FACE}'", r"'\d\w\s\.'", r"'\ä'", r"'ä\n'", r"'\q\ü'",
    "'a\\\nb'", "'''a\\\nb'''", "'a\\\r\nb'", "'''a\r\nb'''", "'''a\rb'''",
    "'é'", "'日本語'", "'😀'", "'😀\\n'", "'a😀\\x41'",
    # bytes
    r"b'\x00\xff\x7f'", r"b'\0\1\12\123\777'", r"b'\a\b\f\n\r\t\v'", r"b'\d\N\u1234'", r"b'\\\''",
    "b'a\\\nb'", "b'a' b'b'", "b'' b''", "b'a' br'\\n'",
    # concatenation
    "'a' 'b'", "'a' \"b\" '''c'''", "'' ''", "u'a' 'b'", "'a' u'b'", "x = 'a' 'b'", "x = ('a'\n 'b')",
    "x = ('a'\n  'b'\n'c')", "x = 'a' \\\n 'b'", "('a'\n u'b')", "('' '')",
    # f-strings
    "f''", "f'a'", "F'a'", "f'{x}'", "f'{x}{y}'", "f'{x}{x}'", "f'a{x}b{y}c'", "f'{x!r}'", "f'{x!s}'",
    "f'{x!a}'", "f'{x:>10}'", "f'{x:{y}}'", "f'{x:{y}.{z}}'", "f'{x:a{y}b}'", "f'{x:a{y}}'", "f'{x:{y}a}'",
    "f'{x:}'", "f'{x!r:}'", "f'{x!r:^{y}}'", "f'{x=}'", "f'{x = }'", "f'{ x = }'", "f'{x=!s}'", "f'{x=!r:>5}'",
    "f'{x=:>5}'", "f'{x.y=}'", "f'{ x }'", "f'{  x.y  }'", "f'{(x)}'", "f'{ (x) }'", "f'{x.y.z}'",
    "f'{3}'", "f'{x}' 'a'", "'a' f'{x}'", "'a' f'b' 'c'", "'a' f'' 'c'", "f'' ''", "'' f''",
    "f'a' f'b'", "f'{x}' f'{y}'", "u'a' f'{x}'", "u'' f'{x}'", "u'' f'{x:a{y}}'", "u'a' f'{x:a{y}b}'",
    "f'{{'", "f'}}'", "f'{{}}'", "f'a{{b}}c'", "f'{{{x}}}'", "f'{{x}}'",
    "rf'\\{x}'", "fr'a\\n{x}'", "Rf'{x}\\d'", "fR'{x:\\d}'", "F'{x}'", "f'\\{x}'", "f'\\\\{x}'",
    "f'\\N{BULLET}{x}'", "f'{x}\\N{EM DASH}'", "f'\\n{x}\\t'", "f'{x:\\n}'", "f'{x:\\x41{y}}'",
    "f'ä{x}'", "f'日本{x}語{y}'", "f'😀{x}'", "x = f'ä{y}'", "x = 'é' f'{y}'",
    "f'''{x}\n{y}'''", "f'''a\n  {x}'''", "f'''\n{x}'''", "x = f'''a\n  {y}'''", "x = f'''{\ny}'''",
    "x = f'''{\ny} {y}'''", "xx = f'''{y\n.z}'''", "xx = f'''\n{y\n.z}'''", "x = f'''{y\n}'''",
    "x = f'''{ \n y}'''", "x = f'''{\ty}'''", "x = (\n f'{y}')", "x = ('a'\n f'{y}'\n 'b')",
    "x = ('a'\n f'{y:{z}}'\n 'b')", "x = f'{y}' \\\n f'{z}'", "f'a\\\n{x}'", "x = f'''a\r\n  {y}'''",
    "f'{x}' f'{x}'", "f'{x} {x.y} {x}'", "f'{x}' '{x}' f'{x}'", "f'{x!r:{y!s:{z}}}'".replace("{z}", ""),
    "f'{x:{y!r}}'", "f'{x:{y=}}'", "f'{x:{y:}}'", "f'{x:=^10}'", "f'{x:!<10}'", "f'{x!r=}'",
    "f'{ x!r}'", "f'{x\n}'" if False else "f'''{x\n}'''",
    # errors
    "b'ä'", "'a' b'b'", "b'a' 'b'", "b'a' f'b'", "f'a' b'b'", "'a' b'ä'", r"'\x'", r"'\x4'", r"'\x4g'",
    r"'ä\x4g'", r"'\u12'", r"'\U1234567'", r"'\U00110000'", r"'\N{foo}'", r"'\N'", r"'\N{'", r"'\N{}'",
    r"'\Nx'", r"'ä\N{nope}'", r"b'\x'", r"b'\x4'", r"b'\xg0'", r"b'ab\x4g'",
    r"'\N{ LATIN SMALL LETTER A}'", r"'\N{BASIC LATIN 41}'", r"'\N{hangul syllable ga}'",
    r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'", r"'\N{CJK UNIFIED IDEOGRAPH-2A6E0}'",
    "f'}'", "f'a}b'", "f'{'", "f'{x'", "f'{x!'", "f'{x!z}'", "f'{x!}'", "f'{x!rr}'", "f'{x:'", "f'{x:{y}'",
    "f'{x:{y:{z}}}'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{:x}'", "f'{x)}'", "f'{(x]}'", "f'{x]}'", "f'{(x}'",
    "f'{[x}'", "f'{x\\n}'", "f'{x#}'", "f'{\"x}'", "f'{x=!z}'", "f'{x:{'", "f'{x}}'", "f'{x} }'",
    r"f'\x{y}'", r"f'\N{nope}{x}'", r"f'{x}\N{nope}'", r"f'{x:\x}'", r"fr'{x\n}'", "f'{x!r:a}}'",
    "f'{x:}}'", "f'x{<'", "f'{x>'", "f'{x!=y}'", "f'{x==y}'", "f'{x<=y}'", "f'{x>=y:>{y}}'", "f'{x<y}'", "f'{x>y!r}'", "f'{=}'", "f'{ =}'", "f'{ !r}'", "f'''{\n!r}'''", "f'{=x}'", "f'\\N'", "f'\\N{x'", "'a' f'}'",
]


# Whole modules that fail, for the error positions (through the real parser):
# each CASES error again after "x = " and before " + yy", and errors from
# the parser of replacement-field expressions.
ERROR_MODULES = [
    'x = f"{a b}"\n', 'x = 1\ny = f"{a b}"\n', 'x = 1\ny = f"""\n{a b}"""\n', 'x = f"{a + }"\n',
    'x = f"{*a}"\n', 'x = f"{f\'{}\'}"\n', 'x = f"{b\'\xe4\'}"\n', 'x = f"{lambda x:1}"\n',
    'x = f"{a!r:{b c}}"\n', 'x = f"{a} {b c}"\n', 'print("\xe4" b"x")\n', 'x = (b"a"\n     b"\xfc")\n',
    'x = b"""\nok\n\xfcber\n"""\n',
]


def error_modules():
    out = []
    for src in CASES:
        try:
            ast.parse(src)
            continue
        except SyntaxError:
            pass
        out.append('x = ' + src + ' + yy\n')
    return out + ERROR_MODULES


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')


def main_errors():
    out = []
    for src in error_modules():
        try:
            compile(src.encode('utf-8'), 't.py', 'exec')
            raise AssertionError('no error: ' + src)
        except SyntaxError as e:
            out.append('SRC ' + escape(src))
            out.append('ERR %s|%d|%d|%d|%d' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    sys.stdout.write('\n'.join(out) + '\n')


def main():
    out = []
    seen = set()
    for src in CASES:
        if src in seen:
            continue
        seen.add(src)
        out.append('SRC ' + escape(src))
        try:
            tree = ast.parse(src)
            out.append('AST ' + ast.dump(tree.body[0].value, include_attributes=True))
        except SyntaxError as e:
            out.append('ERR ' + e.msg)
    sys.stdout.write('\n'.join(out) + '\n')


warnings.simplefilter('ignore')
if sys.argv[1:] == ['errors']:
    main_errors()
else:
    main()
