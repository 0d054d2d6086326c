for x of items:
    pass
