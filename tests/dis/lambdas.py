add = lambda a, b=1, *args, c, d=2, **kw: a + b
nested = lambda x: lambda y: x + y
gen = lambda: (yield)
sort_key = sorted(items, key=lambda item: item[1])
