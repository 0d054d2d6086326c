# types.TracebackType(): construction with CPython's argument checks, tb_next assignment checks.
import sys
import types


def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


frame = sys._getframe()
other = get_tb()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
print(types.TracebackType(None, frame, 7, 3).tb_next)
for args in (("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, 2.0)):
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print("TypeError", e)
t = get_tb()
for value in ("asdf", t, None):
    try:
        t.tb_next = value
        print("set", t.tb_next)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del t.tb_next
except TypeError as e:
    print("TypeError", e)
t2 = get_tb()
t.tb_next = t2
try:
    t2.tb_next = t
except ValueError as e:
    print("ValueError", e)
print(t.tb_next is t2, isinstance(t.tb_lasti, int))
