def f(
    first,
    second,
    first=None,
):
    pass
