try:
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2), OSError(3)])
    except* TypeError as e:
        raise
    except* ValueError as e:
        pass
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2)])
    except* TypeError:
        raise
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("eg", [TypeError(1), ValueError(2)])
    except* TypeError:
        pass
    except* ValueError:
        import sys
        print("handled:", repr(sys.exc_info()[1]))
    except* OSError:
        print("never")
except ExceptionGroup as e:
    print("escaped", repr(e))
else:
    print("all handled")
