def f():
    try:
        return 1
    return 2
