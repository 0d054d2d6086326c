# partition, rpartition, format_map, isascii and other methods
for s in ["key=value", "key=val=ue", "novalue", "=", "", "a=b=c=d"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
for bad in ["", None]:
    try:
        print("abc".partition(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("Hi {name}, you are {age}".format_map({"name": "Ann", "age": 31}))

class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{a} {b} {c}".format_map(Defaulting(a=1)))
print("abc".isascii(), "ab\x80".isascii(), "".isascii())
print("hello world".count("o"), "hello".index("l"), "hello".rindex("l"))
print(str.upper("abc"), str.join("-", ["x", "y"]), str.__len__("four"))
method_names = [m for m in dir(str) if not m.startswith("_")]
print(len(method_names), method_names[:8])
print(" ".join(method_names[8:20]))
print(" ".join(method_names[20:]))
print("a\tb".expandtabs(2), "x".zfill(3), "Ab".swapcase(), "ab cd".title())
print("%s and %s" % ("this", "that"), "{} and {}".format(1, 2))
print("mississippi".replace("ss", "SS").split("i"))
