# split and rsplit with separators and maxsplit
samples = ["a,b,,c", ",a,b,", "", ",", "no-sep", "a, b, c"]
for s in samples:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1))
ws = ["  hello   world  ", "\ta\nb\x0bc\x0cd\re\x1cf", "", "   ", "one"]
for s in ws:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaaa".split("aa"))
print("1 2 3 4 5".split(" ", 2), "1 2 3 4 5".rsplit(" ", 2), "1 2 3".split(" ", -1))
print("x  y".split(" "), "x  y".split(), "  x".split(" "), "k=v=w".partition("="))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(sep=None, maxsplit=5))
print("\u3000a\u2003b\xa0c".split(), "a\u2028b".split())
for bad in [("",), (5,), (",", "1")]:
    try:
        print("a,b".split(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
line = "name:  Alice ; age: 30 ;city :Paris"
record = {}
for field in line.split(";"):
    key, _, value = field.partition(":")
    record[key.strip()] = value.strip()
print(record)
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1), "file".rsplit(".", 1))
