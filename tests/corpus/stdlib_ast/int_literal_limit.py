# Decimal int literals longer than sys.get_int_max_str_digits(): CPython's SyntaxError
# (no columns) from compile(), eval input and ast.literal_eval; other literals are free.
import ast, sys
def show(src, mode='exec'):
    try:
        compile(src, 'f', mode); print('ok')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text[:12]))
show('x = ' + '3' * 4300)
show('x = ' + '3' * 4301)
show('y = 1\nx = (' + '3_3' * 2000 + ')\n')
show('x = 0x' + 'f' * 5000)
show('x = ' + '3' * 5000 + '.0')
show('x = ' + '3' * 5000 + 'j')
show('3' * 4301, 'eval')
try: ast.literal_eval('3' * 4301)
except SyntaxError as e: print('literal_eval', e.msg[:40])
sys.set_int_max_str_digits(5000)
show('x = ' + '3' * 4301)
show('x = ' + '3' * 5001)
sys.set_int_max_str_digits(0)
show('x = ' + '3' * 6000)
