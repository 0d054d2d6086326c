l = [x for x in]
