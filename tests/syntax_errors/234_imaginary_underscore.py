z = 1_j
