# replace with count, and join including its errors
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0), s.replace("fish", "cat", -1) == s.replace("fish", "cat"))
print(s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "abc".replace("abc", ""))
print("hello".replace("l", "L", 1), "x.y.z".replace(".", ""), "tab\there".replace("\t", "    "))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)))
print(", ".join(str(n) for n in range(5)), "|".join({"k1": 1, "k2": 2}))
print("\n".join(["first", "second"]))
for bad in [["a", 1, "b"], [None], "ok", 5, [b"x"]]:
    try:
        print(repr("+".join(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
words = "the quick brown fox".split()
print(" ".join(reversed(words)), "_".join(w.upper() for w in words))
print("".join(sorted("banana")), "".join(c for c in "a1b2c3" if c.isdigit()))
