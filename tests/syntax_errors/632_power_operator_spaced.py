x = a * * b
