def f(a):
    assert a, msg
    raise E from cause
    return
