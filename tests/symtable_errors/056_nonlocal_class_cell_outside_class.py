def f():
    nonlocal __class__
