def f():
    try:
        pass
    except Exception as x:
        pass
    global x
