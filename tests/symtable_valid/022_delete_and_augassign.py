def f():
    x = 1
    del x
    y += 1
    z.a += 1
    w[0] -= 1
    del q.attr, r[0]
