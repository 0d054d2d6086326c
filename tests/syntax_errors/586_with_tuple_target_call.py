with a as (c, d()):
    pass
