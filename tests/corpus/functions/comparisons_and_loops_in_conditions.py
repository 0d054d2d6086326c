# Comparisons used directly as conditions (results that are bools, other
# objects with their own truth, exceptions from __bool__), loop variables of for
# loops, and arithmetic stored straight into locals.


class Truth:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool", self.value)
        return self.value


class Odd:
    def __lt__(self, other):
        return Truth(other > 0)

    def __eq__(self, other):
        return "yes" if other else ""


class Broken:
    def __bool__(self):
        raise ValueError("no truth")


class Weird:
    def __gt__(self, other):
        return Broken()


def conditions(values):
    out = []
    for v in values:
        if Odd() < v:
            out.append("lt")
        else:
            out.append("not lt")
        if Odd() == v:
            out.append("eq")
        while v < 2:
            v += 1
        out.append(v)
    return out


print(conditions([-1, 0, 1, 5]))
try:
    if Weird() > 1:
        print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)


def loops():
    total = 0
    for i in range(5):
        total = total + i
    for x in [1.5, 2.5]:
        total += x
    for a, b in [(1, 2), (3, 4)]:
        total = total + a * b
    for i in range(3):
        pass
    return total, i


print(loops())


def overflow():
    x = 2 ** 62
    y = x + x
    z = y * y
    w = -x - x - x
    return y, z, w, type(y).__name__


print(overflow())


def mixed():
    a = 1
    b = 2.5
    c = a + b
    d = True + 1
    e = 7 // 2
    f = -7 % 3
    g = 2 ** -1
    h = (-8.0) ** (1 / 3)
    return c, d, e, f, g, type(h).__name__


print(mixed())


def errors():
    try:
        x = 1
        y = x / 0
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        z = 0.0 ** -1
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        big = 10.0 ** 400
    except OverflowError as e:
        print(type(e).__name__, e)
    try:
        for i in range(3):
            q = i < "a"
    except TypeError as e:
        print(type(e).__name__, e)


errors()


class Num(int):
    def __lt__(self, other):
        return "custom"

    def __add__(self, other):
        return "added"


n = Num(3)
r = n < 5
s = n + 1
print(r, s, 5 > n, True < 2)
