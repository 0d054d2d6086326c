f(return)
