a, *b = range(5)
*c, d = range(5)
e, *f, g = range(5)
t = (*a, *b)
l = [*a, 1, *b]
s = {*a, 2}
print(*a, *b, sep="")
call(1, *a, k=2, **{'x': 1}, **kw)
call(*a, **kw)
for x, *rest in pairs:
    pass
