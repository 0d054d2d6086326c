# __traceback__ objects: presence, frames and line numbers along the chain.

def level_c(x):
    return 10 // x

def level_b(x):
    return level_c(x - 1)

def level_a(x):
    return level_b(x)

try:
    level_a(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)

fresh = ValueError("never raised")
print("unraised traceback:", fresh.__traceback__)

def reraiser():
    try:
        level_c(0)
    except ZeroDivisionError as e:
        raise e

try:
    reraiser()
except ZeroDivisionError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("re-raised frames:", names)

def strip():
    try:
        level_a(1)
    except ZeroDivisionError as e:
        raise e.with_traceback(None)

try:
    strip()
except ZeroDivisionError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames after with_traceback(None) and re-raise:", count)

def local_values():
    secret = "visible in frame"
    raise RuntimeError("inspect me")

try:
    local_values()
except RuntimeError as e:
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(last.tb_frame.f_locals["secret"], last.tb_frame.f_code.co_name, last.tb_lineno)

try:
    exec("x = 1\ny = x / 0\n", {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("exec frame:", tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
