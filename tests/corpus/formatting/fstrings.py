# f-strings with expressions, conversions and nested specs
name, n, pi = "World", 42, 3.14159265
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{pi = :.2f}")
print(f"{name!r} {name!s} {name!a} {'é'!a}", f"{name=}", f"{name = !r:>10}")
print(f"{n:>6}|{n:<6}|{n:^6}|{n:06}|{n:+}|{n:x}|{n:#o}|{n:b}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]", f"[{pi:<{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{'nested ' + f'{n}'}", f"{[x * x for x in range(4)]}", f"{dict(a=1)['a']}")
print(f"{{braces}} {{{n}}}", f"{'{'}{n}{'}'}", f"{3 if n > 10 else 4}")
items = {"apple": 1.5, "kiwi": 0.25}
for k, v in items.items():
    print(f"{k:<8}{v:>8.2f}{v * 100:>6.0f}%")
print(f"{1_000_000:,}", f"{1_000_000:_}", f"{0.25:.1%}", f"{1e-9:.2e}", f"{12345.6789:,.2f}")
print(f"{'multi'}" f"{'part'}", f"{n}" "plain", "plain" f"{n}")
print(f"""{name
}""", f"{(lambda x: x * 2)(21)}", f"{n:{'0'}{'>'}{5}}")
print(f"{None}", f"{True:>6}", f"{[1, 'a']!r}", f"{(1, 2)}", f"{ {'k': 1}['k'] }")
x = 10
print(f"{x % 3}", f"{x // 3}", f"{x:{x}}|", f"{-x:=+6}", f"{x!r:^6}|")
try:
    print(f"{n:s}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{name:d}")
except ValueError as e:
    print(type(e).__name__, e)
date = (2024, 3, 7)
print(f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}")
