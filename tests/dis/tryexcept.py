def f():
    try:
        g()
    except ValueError as e:
        h(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        k()
    finally:
        done()

def g():
    for x in y:
        try:
            return x
        finally:
            print(x)
            continue

def h():
    try:
        pass
    except Exception as e:
        return e
