def f():
    s = 1; global s
