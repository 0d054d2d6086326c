if obj.x = 3:
    pass
