# Membership tests and reversed() on ranges
r = range(0, 100, 7)
print([x for x in (0, 7, 8, 98, 99, 100, -7, 14) if x in r])
print(14.0 in r, 14.5 in r, "14" in r, None in r, True in range(2), 10 ** 50 in range(10 ** 51))
neg = range(20, -20, -6)
print(list(neg), 20 in neg, -16 in neg, -20 in neg, 2 in neg, 3 in neg)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -3))))
print(list(reversed(range(0))), list(reversed(range(-2, 2))))
rev = reversed(range(3))
print(next(rev), next(rev), next(rev), next(rev, "done"))
it = iter(range(2))
print(next(it), next(it), next(it, "end"))
try:
    next(iter(range(0)))
except StopIteration:
    print("StopIteration from empty range")
total = 0
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    total += i
print(total)
print(sum(range(101)), sum(range(1, 101, 2)), max(range(5, 50, 9)), min(range(5, 50, 9)))
print(list(zip(range(3), range(10, 13), reversed(range(3)))))
print(list(enumerate(range(100, 103), start=1)), sorted(range(5), reverse=True))
print(tuple(range(3)) + tuple(range(3, 0, -1)), [*range(2), *range(5, 7)])
print(range(5)[::-1] == range(4, -1, -1), reversed(range(3)).__class__.__name__)
