class A()
    pass
