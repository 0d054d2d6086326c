# re: compile errors (messages, positions) and argument type errors.
import re

for pattern in ["(", ")", "a**", "[a", "[z-a]", "(?P<1>a)", "(?P=nope)", r"\1", "a{3,2}", "(?<=a+)b", "*a",
                "(?z)", "(?P<x>a)(?P<x>b)", r"\p", "x{1,2}{3}", "(?i", "(?#unterminated", r"[\w-z]",
                "(?(9)a|b)", "a)b", "(?<=a|bc)x", r"\x4g", "abc\\", "(?P<a b>x)", "(?L)x", "(?ai)x", "a++++"]:
    try:
        re.compile(pattern)
        print("compiled", pattern)
    except re.error as e:
        print(repr(pattern), "->", e.msg, "| pos", e.pos, "| lineno", e.lineno, e.colno)
try:
    re.compile("(?x)\n  a\n  (\n")
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.compile(b"\\d(", 0)
except re.error as e:
    print(e, repr(e.pattern))
for call in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5),
             lambda: re.compile(re.compile("a"), re.I), lambda: re.compile(3), lambda: re.compile("a").match("a", "1")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(re.compile("a{,3}").match("aaaa"), re.compile("a{1,}").match("aaa"), re.compile("{").match("{"))
print(re.compile(r"[\]]").match("]"), re.compile(r"[]a]").findall("]a"), re.compile("a{1").match("a{1"))
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
