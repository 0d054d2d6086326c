def handle(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        pass
    else:
        print("ok")
    finally:
        print("done")
