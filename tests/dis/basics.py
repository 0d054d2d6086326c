"""doc"""
import os.path as p, sys
from . import x as y
x = 1
a, b = b, a
def f(a, b=2, *c, d, e=3, **g):
    global q
    q = a + b
    def inner():
        return a
    for i in range(10):
        if i == 3:
            continue
        elif i > 5 or x:
            break
    else:
        pass
    while x < 3 < y:
        x += 1
    return inner
print(f(1, 2, *x, k=1, **z), o.m(1, k=2))
