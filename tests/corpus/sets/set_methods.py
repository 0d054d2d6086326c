# Mutating set methods
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.update([5, 6], {7}, range(8, 10))
print(s)
s.discard(100)
s.discard(9)
s.remove(8)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p, s)
s.intersection_update({2, 3, 4, 5, 50})
print(s)
s.difference_update([2], {3})
print(s)
s.symmetric_difference_update({5, 6, 7})
print(s)
s |= {10}
s &= {4, 6, 7, 10}
s -= {7}
s ^= {1, 4}
print(s)
c = s.copy()
c.add(99)
print(s, sorted(c), c is s)
c.clear()
print(c, len(c), bool(c))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
t = {1, 2}
alias = t
t |= {3}
print(alias is t, alias)
u = set()
for n in [5, 3, 5, 1, 3, 7]:
    if n in u:
        print("dup", n)
    u.add(n)
print(u, sorted(u))
