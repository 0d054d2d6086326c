class A(B, **):
    pass
