# SyntaxWarning and DeprecationWarning raised while compiling, and how the
# "error" filter turns them into SyntaxErrors at their location.
import warnings

def warns(src, mode='exec'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<case>', mode)
        except SyntaxError as e:
            print('  error', e.msg, e.lineno, e.offset)
    print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])

def errors(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error')
        try:
            compile(src, '<case>', 'exec')
            print(repr(src), 'compiled')
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    assert w == []

cases = [
    'x is 1', 'x is "s"', '1 is x', 'x is y is 1', 'x is not 1', 'x is None', 'x is ...',
    'x is True', 'x is ()', 'x is (1, 2)', 'x is -1', 'if x is 1: pass', 'if 1 is None: pass',
    'assert (x, "msg")', 'assert (False,)', 'assert x, "msg"', 'assert ()',
    '(1, 2)(3)', '[1] (3)', '{1: 2}()', 'f"{x}"()', '"abc"(1)', '...()', 'None()',
    '(x for x in y)()', 'x = 1\nz = {x}[0]', '(lambda: 1)[0]', '12.5[0]', 'None[0]',
    '[1, 2][3, 4]', '[1, 2][{3}]', '"abc"["x"]', '(1, 2)[x:y]', '"abc"[1]', 'b"x"[None]',
    'x[1, 2]', 'del (1, 2)[x, y]' if False else '(1, 2)[x, y] = 3',
    "'\\d'", "b'\\d'", "'\\777'", "b'\\400'", "'''\n\\z'''", "'\\N{DIGIT ONE}\\q\\w'",
    "f'\\{6*7}'", "f'\\d{x}'", "r'\\d'", "rb'\\d'", "'a' '\\d' '\\e'",
    '0x1for x in y', '1if 1else 2', '1in x', '1.5or 2',
]
for c in cases:
    warns(c)
for c in ['x is 1', '\n\ny is "s"', 'assert (x, 2)', '[1](2)', '[x, y][1, 2]', "x = 1\n'\\d'",
          "f'\\{x}'", '1if 1else 2', 'print(None[0])']:
    errors(c)
warns("'\\d' + 1 1")
warns('\\d')
