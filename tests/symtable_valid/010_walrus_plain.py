def f(a):
    if (n := len(a)) > 2:
        return n
    while (line := a.pop()):
        pass
