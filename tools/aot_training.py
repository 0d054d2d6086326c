"""The training run for Taipan's AOT cache (JDK 25 -XX:AOTCacheOutput).

bin/taipan runs this once after building, so the classes a typical program
needs are loaded, linked and profiled ahead of time; later starts map them
from the cache. Exercise the common paths: classes, exceptions, generators,
comprehensions, str/int/float/list/dict/set methods, formatting, imports.
The standard-library modules imported here (collections, functools, json, re
and theirs) also get their compiled code cached (bin/taipan lets this run
write it even under PYTHONDONTWRITEBYTECODE, as installing CPython compiles
its standard library).
"""
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Shape:
    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def perimeter(self):
        return 4 * self.side


def numbers(n):
    for i in range(n):
        yield i * i


def main():
    total = sum(numbers(100)) + sum(x for x in range(10) if x % 2)
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    s = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    text = ", ".join(f"{k}={v:>3}" for k, v in s)
    p = Point(1, 2) + Point(3.5, 4)
    sq = Square(3)
    try:
        Shape().area()
    except NotImplementedError as e:
        err = repr(e)
    try:
        {}["missing"]
    except KeyError as e:
        err2 = str(e)
    values = [1.5, 2.25, 3.0]
    info = "{:.2f} {:08.3f} {!r} {:,}".format(sum(values), max(values), min(values), 1234567)
    bits = {1, 2, 3} | {3, 4}
    data = [(i, str(i), float(i)) for i in range(20)]
    data.sort(reverse=True)
    out = [total, text, p, sq.area(), sq.perimeter, err, err2, info, bits, data[0], b"bytes".hex(),
           "%d %s %.3f" % (1, "two", 3.0), int("ff", 16), divmod(17, 5), round(2.675, 2)]
    try:
        import collections
        import functools
        import json
        import re
        out.append(collections.Counter(words).most_common(1))
        out.append(functools.reduce(lambda a, b: a + b, range(5)))
        out.append(json.loads(json.dumps({"a": [1, 2.5, None, True], "b": "x\u00e9"}, sort_keys=True)))
        out.append(re.findall(r"(\w+)=(\d+)", "a=1, bb=22"))
        out.append(re.sub(r"\s+", " ", "a  b\tc").split())
    except ImportError:
        pass
    return out


if __name__ == "__main__":
    result = main()
    sys.stdout.write("%d\n" % len(result))
