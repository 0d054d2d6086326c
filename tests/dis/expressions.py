x = -1
y = (1, 2, (3, -4.5), 'a', b'b', None, ..., 2j)
z = [1, 2, 3]
w = {1, 2, 3}
d = {'a': 1, 'b': 2}
d2 = {**d, 'c': x, x: 3}
s = a[1:2], a[::2], a[x]
t = not x, ~x, +x, -x
u = x and y or z
v = x if y else z
c = 1 < x <= 3
f = f"{x!r:>{w}} and {y}"
n = (m := 10) + m
l = [*z, *w]
big = 12345678901234567890123
neg = -9223372036854775808
fl = 0.0, -0.0, 0, False
