# __debug__ cannot be bound or deleted anywhere: names, targets, parameters,
# keyword arguments, imports, definitions, annotations.
cases = ['__debug__ = 1', '(__debug__ := 1)', 'del __debug__', '(a, __debug__, c) = (1, 2, 3)',
         '(a, *__debug__, c) = (1, 2, 3)', 'obj.__debug__ = 1', 'def f(__debug__): pass',
         'def f(*, __debug__=1): pass', 'def f(*__debug__): pass', 'def f(**__debug__): pass',
         'f(__debug__=1)', 'for __debug__ in x: pass', 'import __debug__', 'import a as __debug__',
         'from a import __debug__', 'with x as __debug__: pass', '__debug__: int',
         'class __debug__: pass', 'def __debug__(): pass', 'lambda __debug__: 1', '__debug__ += 1',
         'print(__debug__)', 'x = [__debug__ for __debug__ in y]', 'try:\n  pass\nexcept E as __debug__:\n  pass']
for s in cases:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
