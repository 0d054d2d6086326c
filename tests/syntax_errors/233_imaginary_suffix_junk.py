z = 1jx
