x = a / / b
