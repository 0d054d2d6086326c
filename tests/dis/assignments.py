a = b = c = 1
a, b = 1, 2
a, *b, c = it
[a, (b, c)] = x
o.attr = 1
o[k] = 2
o[1:2] = 3
o.attr += 1
o[k] *= 2
a //= 3
del a, o.attr, o[k], o[1:2]
x: int = 5
y: list
o.z: int
o[0]: str = 'q'
