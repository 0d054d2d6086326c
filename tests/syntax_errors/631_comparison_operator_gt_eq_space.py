if a > = b:
    pass
