if a not is b:
    pass
