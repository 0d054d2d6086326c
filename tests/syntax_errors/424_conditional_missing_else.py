x = 1 if flag
