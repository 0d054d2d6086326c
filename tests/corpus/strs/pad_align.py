# center, ljust, rjust, zfill and expandtabs
for w in ["", "a", "ab", "abc", "abcd"]:
    print("[" + w.center(6) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(5, ".") + "]",
          "[" + w.rjust(5, "-") + "]", "[" + w.center(5) + "]")
print("[" + "abc".center(2) + "]", "[" + "abc".ljust(-1) + "]", "[" + "x".center(4, "é") + "]")
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "--1", "١٢"]:
    print(repr(s), s.zfill(5), s.zfill(1))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
tabbed = ["a\tb\tc", "\tx", "abcdefgh\ty", "12345678\t9", "a\tbc\r\nxyz\tq", "no tabs"]
for t in tabbed:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)))
print(repr("a\tb".expandtabs(tabsize=3)), repr("\t".expandtabs(-1)))
rows = [("name", "qty", "price"), ("apple", "3", "1.25"), ("watermelon", "12", "30.00")]
for name, qty, price in rows:
    print(name.ljust(12) + qty.rjust(5) + price.rjust(8))
print("title".center(30, "="))
