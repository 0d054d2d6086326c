# Postponed annotations keep u-prefixes and parenthesize lambdas in f-strings;
# assigning an attribute named __debug__ is a SyntaxError; format-spec
# grouping errors.
src = '''from __future__ import annotations
def f(a: u'x', b: f'{(lambda y: y)}', c: f'{1 if x else 2}') -> u"r": pass
'''
ns = {}
exec(src, ns)
print(ns['f'].__annotations__)

for s in ['object.__debug__: int', 'object.__debug__ = 1', 'x.__debug__ += 1',
          'from __future__ import annotations\nobject.__debug__: int', 'del x.__debug__', 'x.__debug__']:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)

for spec in [',,', '__', ',_', '_,', ',_,', '10,,d', ',.2,f', '_x', ',x', ',d']:
    try:
        print(repr(spec), format(1234567, spec))
    except ValueError as e:
        print(repr(spec), e)
