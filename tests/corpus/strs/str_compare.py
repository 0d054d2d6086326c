# String comparisons, concatenation and repetition
pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("é", "z"),
         ("10", "9"), ("apple", "Apple"), ("\U0001f600", "\uffff"), ("same", "same")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(["banana", "Apple", "cherry", "apple", "", "10", "9", "ä"]))
print(max("hello"), min("hello"), max(["a", "ab", "b"]), min("xyz", "abc", key=len))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100, "-" * 10)
print("con" + "cat", "a" + "" + "b", "ab" != None)
for label, fn in [("'a' < 1", lambda: "a" < 1), ("'a' * 'b'", lambda: "a" * "b"),
                  ("'a' + None", lambda: "a" + None), ("'a' - 'a'", lambda: "a" - "a"),
                  ("'a' * 1.0", lambda: "a" * 1.0), ("'a' > None", lambda: "a" > None),
                  ("'a' == 1", lambda: "a" == 1), ("'%' * 2 ** 63", lambda: "%" * 2 ** 63)]:
    try:
        print(label, fn())
    except (TypeError, OverflowError, MemoryError) as e:
        print(label, type(e).__name__, e)
s = "abc"
s += "def"
s *= 2
print(s, len(s))
print("a" < "b" < "c", "b" > "a" < "c", "abc" < "abd" == False)
print(str(), str(123), str(None), str([1, "a"]), str(b"x"), str(1.0))
print(type("x").__name__, isinstance("x", str), "x".__len__(), "abc".__contains__("b"))
print("abc".__getitem__(1), "ab".__add__("cd"), "ab".__mul__(2), "ab".__rmul__(2))
