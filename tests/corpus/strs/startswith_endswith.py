# startswith/endswith with tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith(("x", "y")), s.endswith(""))
print(s.startswith(("a", "b", "fi")), s.startswith(()), s.endswith("tar", 0, -3))
print(s.startswith("e", 3, 4), s.startswith("ename", 3, 6), s.endswith("name", 4, 8))
print(s.startswith("f", -100), s.startswith("z", 100), s.endswith("", 100), s.startswith("", 15))
print("".startswith(""), "".endswith("a"), "abc".startswith("abcd"), "abc".endswith("abc", -3))
for bad in [1, ["a"], ("a", 1), None]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith([".gz"])
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py.bak", "Makefile"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith((".py", ".pyc"))])
print([f for f in files if f.startswith(("a", "M"))])
print(s.startswith("file", None), s.endswith("gz", None, None))
