def f() → int:
    pass
