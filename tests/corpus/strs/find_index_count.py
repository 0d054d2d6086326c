# find/rfind/index/rindex/count with ranges
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -4, -1), s.find("a", 100))
print(s.rfind("a", 0, 5), s.rfind("a", -3), s.rfind("bra", 0, 4), s.rfind("bra", 0, 3))
print(s.count("a", 2), s.count("a", 2, 5), s.count("a", -1), s.count("", 3, 6), s.count("", 20))
print(s.find("", 11), s.find("", 12), s.rfind(""), s.index("c"), s.rindex("a", 0, -1))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "".find(""))
for args in [("z",), ("a", 1, 0), ("bra", 2, 4)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(s.find("a", None, None), s.count("a", None, 5), s.index("a", -1))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count("a", "1")
except TypeError as e:
    print(type(e).__name__, e)
print("a" in s, "cad" in s, "" in s, "dac" in s, "A" in s, "abc" not in s)
try:
    print(1 in s)
except TypeError as e:
    print(type(e).__name__, e)
pos = []
i = s.find("a")
while i != -1:
    pos.append(i)
    i = s.find("a", i + 1)
print(pos)
