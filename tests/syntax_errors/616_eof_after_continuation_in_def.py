def f(a, \
