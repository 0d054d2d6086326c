name = "x"
width = 10
a = f"{name}"
b = f"hello {name!r} and {name!s:{width}} {name!a:>10}"
c = f"{3.14:.2f}{{literal}}"
d = f""
e = f"{name=}"
