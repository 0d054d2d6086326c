# re: match/search/fullmatch and the Match object's API.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]*)(;)?")
m = p.search("  name = Taipan; other")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "key", 3))
print(m.groups(), m.groups("-"), m.groupdict())
print(m.span(), m.span("value"), m.start(2), m.end(2), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
print(m[0], m["key"], m[3], bool(m))
print(p.groups, p.groupindex, p.pattern, p.flags == re.UNICODE)
print(p.match("  name=1"), p.match("  name=1", 2), p.fullmatch("a=b"), p.fullmatch("a=b;c"))
print(p.search("x=1", 0, 2), p.search("x=1", 1))
for bad in (4, "nope", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(?:(a)|b)*", "ab").group(1))
print(re.match(r"(a)(?(1)b|c)", "ab"), re.match(r"(x)?(?(1)b|c)", "c"))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?(?!\d)", "cost: $42.50 now"))
print(re.search(r"(?<!-)\b\d+", "-12 34"), re.search(r"\bfoo\b", "a foo."), re.search(r"\Bo\B", "foo boot"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"), re.match(r"a++b", "aab"), re.match(r"a*+a", "aa"))
print(re.match(r"(\w+) \1", "hey hey you"), re.match(r"(?P<w>\w)(?P=w)", "xxy"))
print(re.compile("a+", re.I | re.M), re.compile(b"x", re.S), re.compile(r"\d" * 120))
print(re.search("a*", "b" + "a" * 70))
print(re.match(".", "\n"), re.match(".", "\n", re.S), re.findall("^x$", "x\nx\ny", re.M))
print(re.search("\U0001F600+", "ab\U0001F600\U0001F600c").span(), re.search("[^\U0001F600]+$", "\U0001F600xy").span())
print(re.search(r"\d+", "abc \u0661\u0662\u0663").group(), re.search(r"\d+", "abc \u0661\u0662 12", re.A).group())
print(re.match(r"\w+", "\u00e9t\u00e9!").group(), re.match(r"\w+", "\u00e9t\u00e9!", re.A))
print(re.match(rb"(\w+) (\w+)", b"hello world").groups(), re.search(rb"\d+", bytearray(b"ab 42")).group())
print(re.escape("a.b*c?"), re.escape(b"x+y"))
sc = re.compile(r"\s*(\d+|[+*/-])").scanner("1 + 22 * 3")
print([m.group(1) for m in iter(sc.match, None)])
print(type(p).__name__, type(m).__name__, re.Pattern[str], re.Match[bytes])
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m, p == re.compile(p.pattern), hash(p) == hash(re.compile(p.pattern)))
long = "ab" * 50000 + "c"
print(re.match(r"(?:a|b)*c", long).end(), re.match(r"(ab)*c", long).span(1), re.search(r"(?:ab)*?c", long).end())
