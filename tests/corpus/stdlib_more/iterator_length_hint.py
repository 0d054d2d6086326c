import operator
l = [1, 2, 3, 4]
it = iter(l)
print(operator.length_hint(it), next(it), it.__length_hint__())
l.append(5)
print(operator.length_hint(it), list(it), operator.length_hint(it))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), operator.length_hint(r))
t = iter((1, 2, 3))
next(t)
print(t.__length_hint__(), list(t), t.__length_hint__())
ri = iter(range(0, 10, 3))
print(ri.__length_hint__(), next(ri), operator.length_hint(ri), list(ri), ri.__length_hint__())
print(operator.length_hint(iter(range(5, 0))), operator.length_hint(iter([]), 7))
print(operator.length_hint(map(str, [1]), 9), hasattr(map(str, []), "__length_hint__"))
ll = [1, 2, 3]
rv = reversed(ll)
ll.clear()
print(rv.__length_hint__(), list(rv))
