[True, b] = 1, 2
