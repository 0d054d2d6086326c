f(10px)
