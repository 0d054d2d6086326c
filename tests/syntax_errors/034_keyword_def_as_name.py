def = 5
