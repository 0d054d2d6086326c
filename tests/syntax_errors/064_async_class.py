async class A:
    pass
