# len, indexing, slicing and iteration over strings with non-BMP characters
s = "a\U0001f600b\U0001f389c\U00010348"
print(len(s), [ord(c) for c in s])
print(ascii(s[1]), ascii(s[3]), ascii(s[-1]), ascii(s[1:4]), ascii(s[::-1]), ascii(s[::2]))
print(s.index("\U0001f389"), s.find("c"), s.count("\U0001f600"), "\U0001f600" in s)
print(ascii(s.upper()), s.isprintable(), ascii(s.replace("\U0001f600", ":)")))
print([len(c) for c in s], len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print(ascii(chr(0x1f600)), ord("\U0001f600"), hex(ord(s[-1])), chr(128512) == s[1])
print(ascii("\U0001f600".center(5, "*")), ascii("x".join("\U0001f600\U0001f601")))
print(ascii(sorted(s)), ascii(max(s)), ascii(min(s)))
print("\U0001f600" > "\uffff", "\U0001f600" < "\U0001f601", "\uffff" > "z")
text = "I \u2764\ufe0f Python \U0001f40d!"
print(len(text), ascii(text[2:4]), ascii(text[-3:]), text.split()[2] == "Python")
print(ascii(text.encode("utf-8")))
rev = "".join(reversed(text))
print(ascii(rev), len(rev))
print(ascii(s[1:2] * 3), ascii(s[10:20]), ascii(s[-100:2]))
print(ascii(repr("\U0001f600")), repr("\U0001f600") == "'\U0001f600'", ascii("\U0010ffff"))
for i, ch in enumerate("x\U0001f600y"):
    print(i, ascii(ch), ch.isalpha())
