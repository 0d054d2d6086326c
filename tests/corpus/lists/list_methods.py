# Every list method
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove(1)
print(a, a.index(1), a.index("a"), a.count(1), a.count("zz"))
print(a.index(9, 2), a.index(1, -3) if 1 in a[-3:] else "n/a", a.index(5, 0, 5))
b = a.copy()
b.clear()
print(a == b, b, len(a))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.reverse()
print(nums)
nums.sort(reverse=True, key=lambda x: x % 3)
print(nums)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1), lambda: [].insert("0", 1), lambda: [].extend(5),
            lambda: [1].pop("0"), lambda: [].append(), lambda: [].count()]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(), list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list(x * x for x in range(4)))
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c, c.count(1))
