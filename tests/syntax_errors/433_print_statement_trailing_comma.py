print a, b,
