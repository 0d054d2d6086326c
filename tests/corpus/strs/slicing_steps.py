# String slicing with positive and negative steps
s = "0123456789"
cases = [(None, None, None), (2, None, None), (None, 5, None), (2, 8, 2), (None, None, -1),
         (8, 2, -1), (8, 2, -2), (-1, -11, -1), (-3, None, None), (None, -3, None),
         (100, None, -1), (None, 100, 3), (5, 5, None), (7, 3, None), (-100, 100, 4),
         (None, None, 3), (None, None, -3), (1, None, -1), (None, 1, -1), (0, 0, -1)]
for a, b, c in cases:
    print(f"s[{a}:{b}:{c}] = {s[a:b:c]!r}", s[slice(a, b, c)] == s[a:b:c])
print(s[3], s[-1], s[-10], s[::-1][0])
for i in (10, -11, 2 ** 70):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True + 2], s[-2 ** 70:2 ** 70], "racecar"[::-1] == "racecar")
word = "palindrome"
print(word[::2], word[1::2], word[-1::-2], word[len(word)::-1])
