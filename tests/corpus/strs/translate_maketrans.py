# str.maketrans and str.translate
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "c!")
print(sorted(t2.items()))
print("abc!cab!".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "d": 100})
print(sorted(t3.items()))
print("abcdabcd".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}))
print("αβγ".translate({0x3b1: "a", 0x3b2: "b"}), "xyz".translate(str.maketrans("", "")))
print("emoji \U0001f600!".translate({0x1f600: ":)"}))
for args in [("abc", "xy"), ("ab",), ({"ab": "x"},), ({1.5: "x"},), (1,), ("a", "b", 3)]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 0x110000})
except ValueError as e:
    print(type(e).__name__, e)

class Upper:
    def __getitem__(self, code):
        if 97 <= code <= 122:
            return code - 32
        raise LookupError(code)

print("mixed Case 123".translate(Upper()))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
