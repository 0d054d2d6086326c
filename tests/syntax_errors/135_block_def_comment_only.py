def f():
    # TODO
