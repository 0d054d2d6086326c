# re: sub/subn (templates, functions, counts), split, findall, finditer and empty matches.
import re

text = "2024-01-15 alice; 2023-12-31 bob;  1999-07-04  carol"
print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", text))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>.\g<y>", text))
print(re.sub(r"(\w+)", r"<\g<0>>", "a bc", count=1), re.subn(r"\s+", " ", text))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "functional programming"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"\b", "|", "hi you"), re.sub("", "-", "abc"))
print(re.subn("a", "b", "aaaa", 2), re.sub("a", r"\n", "bab") == "b\nb", re.sub("a", "\\\\", "a"))
print(re.sub(rb"\d", b"#", b"a1b22"), re.sub(rb"(\d)", rb"[\1]", b"a1b2"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("(?i)HELLO", "bye", "Hello hello"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"([,;])", "a,b;c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"x*", "axbc"), re.split(r"\b", "hi you"), re.split(",", "a,b,c,d", maxsplit=2))
print(re.split(r"\s+", "  leading and trailing  "), re.split("(?m)^", "a\nb\nc"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)?", "a1b"), re.findall(r"(\w)=(\w)", "a=1 b=2"))
print(re.findall(r"", "ab"), re.findall(r"\b|a", "a b"), re.findall(rb"[a-c]", b"abcd"))
print([m.span() for m in re.finditer(r"\w*", "ab c")], [m.group() for m in re.finditer("a", "banana", )])
print([(m.start(), m.group()) for m in re.compile(r"an").finditer("banana", 2)])
print(re.compile(r"\d").findall("1a2b3c4", 1, 5), re.compile("o").sub("0", "foo boo", 3))
print(re.match(r"(\w+) (\w+)", "Isaac Newton").expand(r"\2, \1 (\g<0>)"))
print(re.sub(r"(?P<word>\w+)", lambda m: m["word"][::-1], "abc def"), re.sub("a", lambda m: "", "banana"))
print(re.sub(r"\s+$", "", "trail   "), re.sub(r"^\s+", "", "   lead"))
for bad in [(r"(a)", r"\2", "a"), ("a", r"\g<x>", "a"), ("a", "\\", "a"), ("a", r"\g<1", "a")]:
    try:
        re.sub(*bad)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 3, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", "b", b"a")
except TypeError as e:
    print("TypeError:", e)
