# str.format with positional, keyword, attribute and index fields
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=30), "{0} {key}".format(1, key=2))
print("{0[0]} {0[1]} {1[k]} {1[2]}".format(["x", "y"], {"k": "v", 2: "two"}))
print("{0[-1]}".format({"-1": "string key"}), "{0[01]}".format({1: "digits become int"}))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.coords = [x, y]

p = Point(3, 4)
print("({0.x}, {0.y}) {0.coords[1]} {pt.x}".format(p, pt=p))
print("{0.real} {0.imag} {1.__class__.__name__}".format(2 + 3j, "s"))
print("{{literal}} {{{0}}} }}{{".format("in"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|".format("x"))
print("{:>{width}}|{:^{w2}.{p}f}|".format("ab", 3.14159, width=6, w2=10, p=2))
print("{0:{1}}|".format("fill", 8), "{:{}{}{}}".format(42, "*", "^", 9))
data = {"user": {"name": "Kim", "langs": ["py", "java"]}}
print("{d[user][name]} knows {d[user][langs][1]}".format(d=data))
print("{0}{1}{0}".format(*"ab"), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("".format(), "no fields".format(1, 2, x=3))
print(str.format("{}+{}", 1, 2), "{:}".format(5), "{0:}".format("e"))
row = "{:<8}{:>6}{:>8.2f}"
for item, qty, price in [("apple", 3, 0.5), ("pear", 10, 1.25), ("kiwi", 120, 0.333)]:
    print(row.format(item, qty, price * qty))
