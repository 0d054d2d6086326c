@if
def f():
    pass
