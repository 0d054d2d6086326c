def f():
    try:
        g = lambda: 1
    except* ValueError as eg:
        h = lambda: eg
    else:
        i = lambda: 2
    finally:
        j = lambda: 3
