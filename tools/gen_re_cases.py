"""Writes src/test/resources/taipan/modules/sre/re_cases.py: regular expression
cases with CPython 3.11's results, for taipan.modules.sre.ReCasesTest.

Each case is (pattern, flags, code, groups, groupindex, indexgroup, op, args,
expected): the code list and group tables are what CPython's re._compiler
hands to _sre.compile (so the engine can be tested without importing re), op
names an operation of the driver (see OPS in the test), expected is
ascii() of its result or 'error: <type>: <message>'. Compile errors have
code None (only testable through re). Run with CPython 3.11:
    python3 tools/gen_re_cases.py
"""
import os
import re
import re._compiler as _compiler
import re._parser as _parser
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "taipan", "modules", "sre",
                   "re_cases.py")

# The driver's operations: same text is embedded in the JUnit test's driver.
DRIVER = r'''
def show(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
            [m.span(i) for i in range(1, len(m.groups()) + 1)])
OPS = {
    'search': lambda p, s, *a: show(p.search(s, *a)),
    'match': lambda p, s, *a: show(p.match(s, *a)),
    'fullmatch': lambda p, s, *a: show(p.fullmatch(s, *a)),
    'findall': lambda p, s, *a: p.findall(s, *a),
    'finditer': lambda p, s, *a: [show(m) for m in p.finditer(s, *a)],
    'sub': lambda p, r, s, *a: p.sub(r, s, *a),
    'subn': lambda p, r, s, *a: p.subn(r, s, *a),
    'subf': lambda p, s, *a: p.sub(lambda m: '<' + m.group().upper() + '>', s, *a),
    'subfb': lambda p, s, *a: p.sub(lambda m: b'<' + m.group().upper() + b'>', s, *a),
    'split': lambda p, s, *a: p.split(s, *a),
    'expand': lambda p, s, t: p.search(s).expand(t),
    'repr': lambda p: repr(p),
    'mrepr': lambda p, s: repr(p.search(s)),
    'attrs': lambda p: (p.pattern, p.flags, p.groups, dict(p.groupindex)),
    'group': lambda p, s, *g: p.search(s).group(*g),
    'start': lambda p, s, g: p.search(s).start(g),
    'scanner': lambda p, s: [show(m) for m in iter(p.scanner(s).match, None)],
}
def run(p, op, args):
    try:
        return ascii(OPS[op](p, *args))
    except Exception as e:
        return 'error: %s: %s' % (type(e).__name__, e)
'''
exec(DRIVER)

W = "the quick brown fox jumps over the lazy dog"
SUBJECTS = ["", "a", "ab", "abc", "aaa", "abab", "xaby", "aAbB", "hello world", "Hello, World!", "12 ab 345",
            "foo bar foo", "a\nb\nc\n", "\u00e9t\u00e9 \u00c9T\u00c9", "x\U0001F600y\U0001F600", "\u0130i\u0131I",
            "stra\u00dfe STRASSE", W, "2024-01-15T10:20:30", "a.b@c-d.org x@y.z", "<a><b></b></a>", "  \t x \x0b\x0c",
            "\u0661\u0662 \uff11", "ab_cd-ef", "aaaaaaaaab", "\"q\\\"x\" y"]

PATTERNS = [
    (r"a", 0), (r"a*", 0), (r"a+", 0), (r"a?", 0), (r"a{2}", 0), (r"a{1,2}", 0), (r"a{,2}b", 0), (r"a*?", 0),
    (r"a+?", 0), (r"a??b", 0), (r"a{2,}?", 0), (r"(a)(b)?", 0), (r"(a|b)*", 0), (r"(a|b)*?c", 0),
    (r"(ab)+", 0), (r"(?:ab)+?", 0), (r"(a*)*", 0), (r"(a*)+b", 0), (r"(a|ab)(c|bcd)?", 0), (r".", 0), (r".", re.S),
    (r".*", 0), (r".*", re.S), (r"^\w+", 0), (r"^\w+$", re.M), (r"\w+$", 0), (r"$", 0), (r"^", re.M), (r"\A\w", 0),
    (r"\w\Z", 0), (r"\b\w", 0), (r"\B\w", 0), (r"\b", re.A), (r"\d+", 0), (r"\d+", re.A), (r"\D+", 0), (r"\s+", 0),
    (r"\s+", re.A), (r"\S+", 0), (r"\w+", 0), (r"\w+", re.A), (r"\W+", 0), (r"[abc]+", 0), (r"[^abc]+", 0),
    (r"[a-z]+", 0), (r"[a-z]+", re.I), (r"[A-Z]+", re.I), (r"[^a-z\s]+", 0), (r"[\w.-]+@[\w-]+\.\w+", 0),
    (r"[\u00e0-\u00ff]+", re.I), (r"[\U0001F600]", 0), (r"[^\U0001F600]+", 0), (r"\U0001F600", 0),
    (r"hello", re.I), (r"HELLO", re.I), (r"\u00c9t\u00e9", re.I), (r"stra\u00dfe", re.I), (r"\u0130", re.I),
    (r"i", re.I), (r"I", re.I), (r"[i]", re.I), (r"[\u0131]", re.I), (r"s", re.I), (r"[s]", re.I), (r"k", re.I),
    (r"(\w)\1", 0), (r"(\w)\1", re.I), (r"(?P<x>\w)(?P=x)", 0), (r"(a)|b", 0), (r"(a)|(b)", 0),
    (r"(?P<first>\w+) (?P<second>\w+)", 0), (r"(?=a)\w", 0), (r"(?!a)\w", 0), (r"(?<=a)\w", 0), (r"(?<!a)\w", 0),
    (r"(?<=ab)c", 0), (r"\w+(?=,)", 0), (r"(?:(a)|b)+", 0), (r"((a)|b)+", 0), (r"(a)?(?(1)b|c)", 0),
    (r"(?(1)a|b)?(x)?", 0) if False else (r"(x)?(?(1)a|b)", 0), (r"(?>a+)b", 0), (r"(?>a+)a", 0), (r"a++b", 0),
    (r"a*+a", 0), (r"(?:ab|a)++", 0), (r"(?:a|b)*+b", 0), (r"a?+b", 0), (r"a{1,2}+", 0), (r"(?:xa|x|ay){2}+", 0),
    (r"(?:a?){3}+", 0), (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", 0), (r"\b\d{1,3}(?:\.\d{1,3}){3}\b", 0),
    (r"\"([^\"\\]|\\.)*\"", 0), (r"(?i)error|warn(?:ing)?", 0), (r"<(\w+)>.*?</\1>", 0), (r"<.*>", 0),
    (r"<.*?>", 0), (r"(?m)^\w$", 0), (r"(?s).+", 0), (r"(?x) a b  c # comment", 0), (r"(?a)\w+", 0),
    (r"(?i:a)b", 0), (r"(?-i:a)b", re.I), (r"x*", 0), (r"\b|a", 0), (r"|a", 0), (r"a|", 0), (r"(|a)+", 0),
    (r"(a*?)+?b", 0), (r"(?:a|(b))*c", 0), (r"([ab])*?\1", 0), (r"(.)(?=(.))", 0), (r"(?:(?=(\w))\w)+", 0),
    (r"o\b", 0), (r"\Bo", 0), (r"[\d\s]+", 0), (r"[^\W\d]+", 0), (r"[\s\S]", 0), (r"[.]", 0), (r"[\]a-]+", 0),
    (r"[-a]+", 0), (r"\x61\141\u0062", 0), (r"\n", 0), (r"(?m)$", 0), (r"(?m)b$", 0), (r"c$", 0),
    (r"(a)(b)(c)?(d)?", 0), (r"(?P<a>a)?(?P<b>b)?", 0), (r"(?:)", 0), (r"()", 0), (r"(a{0})", 0),
    (r"(?:a{2})*", 0), (r"[a-c]{2,3}?", 0), (r"(?i)[^a]", 0), (r"(?i)[^\u00e9]+", 0), (r"(?i)\u00df", 0),
    (r"(?i)[\u00df]", 0), (r"(?i)[k]", 0), (r"(?i)[\u212a]", 0), (r"(?i)\u212a", 0), (r"[\u0400-\u04ff]+", 0),
    (r"[\u0400-\u04ff]+", re.I), (r"[\u03c3\u00b5]", re.I), (r"(?i)\u03a3", 0), (r"[^\d]", re.A),
]

BYTES_PATTERNS = [
    (rb"a+", 0), (rb"\w+", 0), (rb"\w+", re.L), (rb"[a-z]+", re.I), (rb"(?i)HELLO", 0), (rb"(a)(b)?", 0),
    (rb"\d+", 0), (rb"\s+", 0), (rb"^.", re.M), (rb"\bx", 0), (rb"(\w)\1", re.I), (rb"[^a]+", 0), (rb"(?L)\w", 0),
    (rb"\xe9", re.I), (rb"[\xe0-\xff]+", re.I), (rb"a", re.I | re.L), (rb"[a]", re.I | re.L), (rb"(a)\1", re.I | re.L),
]
BYTES_SUBJECTS = [b"", b"a", b"aaab", b"Hello World", b"12 ab 345", b"ab\nab", b"xx x", b"\xe9\xc9 caf\xe9",
                  b"aA aa", b"hello"]

ERRORS = [r"(", r")", r"a**", r"[a", r"(?P<1>a)", r"(?P=x)", r"\1", r"a{2,1}", r"(?<=a+)b", r"(?z)", r"*",
          r"[z-a]", r"(?P<x>a)(?P<x>b)", r"\p", r"(?i", r"a{99999999999}", r"(?(2)a|b)", r"(?'x)", r"\x4",
          r"(?<x", r"(?<=a|bc)", r"x++++", r"(?#abc", r"[\d-z]", r"(?L)a", r"\N{NOPE}", r"(?P<a-b>x)"]


def compile_data(pattern, flags):
    pp = _parser.parse(pattern, flags)
    code = [int(x) for x in _compiler._code(pp, flags)]
    gi = pp.state.groupdict
    ig = [None] * pp.state.groups
    for k, i in gi.items():
        ig[i] = k
    return pattern, int(flags | pp.state.flags), code, pp.state.groups - 1, dict(gi), tuple(ig)


def main():
    cases = []

    def add(pattern, flags, op, args):
        data = compile_data(pattern, flags)
        p = re.compile(pattern, flags)
        cases.append(data + (op, tuple(args), run(p, op, args)))
        assert 're.' not in ascii(cases[-1][:-1]), cases[-1]

    for k, (pat, fl) in enumerate(PATTERNS):
        for j, s in enumerate(SUBJECTS):
            if (j + k) % 3 != 2:
                add(pat, fl, "search", [s])
            if (j + k) % 5 == 0:
                add(pat, fl, "findall", [s])
            if (j + k) % 7 == 0:
                add(pat, fl, "finditer", [s])
            if (j + k) % 5 == 1:
                add(pat, fl, "fullmatch", [s])
            if (j + k) % 6 == 1:
                add(pat, fl, "match", [s, 1])
            if (j + k) % 8 == 2:
                add(pat, fl, "subf", [s])
            if (j + k) % 9 == 3:
                add(pat, fl, "split", [s])
            if (j + k) % 11 == 4:
                add(pat, fl, "sub", ["-", s, 2])
        add(pat, fl, "repr", [])
        add(pat, fl, "attrs", [])
    for pat, fl in BYTES_PATTERNS:
        for s in BYTES_SUBJECTS:
            add(pat, fl, "search", [s])
            add(pat, fl, ("findall", "subfb")[len(s) % 2], [s])
        add(pat, fl, "repr", [])
    for pat, fl, op, args in [
        (r"a", 0, "search", ["xxaxa", 3]), (r"a", 0, "search", ["xxaxa", 0, 3]), (r"^a", 0, "search", ["ba", 1]),
        (r"$", 0, "search", ["ab", 0, 1]), (r"a\b", 0, "search", ["ab", 0, 1]), (r"(?<=b)a", 0, "match", ["ba", 1]),
        (r"", 0, "match", ["abc", 2, 1]), (r"", 0, "search", ["abc", 3, 1]), (r"a", 0, "search", ["a", -5, 99]),
        (r"x*", 0, "sub", ["-", "abxd"]), (r"x*", 0, "subn", ["-", "abxd"]), (r"a", 0, "sub", ["b", "aaa", -1]),
        (r"a", 0, "split", ["bab", -1]), (r"a", 0, "split", ["babab", 1]), (r"(a)(x)?", 0, "split", ["bab"]),
        (r"(\w+) (\w+)", 0, "sub", [r"\2 \1", W]), (r"(?P<a>\w+)", 0, "sub", [r"<\g<a>>", W, 3]),
        (r"(\w)", 0, "sub", [r"\g<1>\g<0>", "ab"]), (r"a", 0, "sub", [r"\n", "bab"]), (r"a", 0, "sub", [r"\q", "a"]),
        (r"(a)", 0, "sub", [r"\2", "a"]), (r"(\w+)", 0, "expand", ["hi there", r"[\1]"]),
        (r"a", 0, "sub", [b"x", "a"]), (r"a", 0, "subf", ["a"]), (rb"a", 0, "sub", [rb"\\", b"bab"]),
        (r"(a)(?P<n>b)", 0, "group", ["ab", 0, 1, "n"]), (r"(a)(?P<n>b)", 0, "group", ["ab", 3]),
        (r"(a)(?P<n>b)", 0, "group", ["ab", "zz"]), (r"(a)(?P<n>b)", 0, "group", ["ab", 1.0]),
        (r"(a)(?P<n>b)", 0, "start", ["ab", "n"]), (r"(a)|b", 0, "start", ["b", 1]), (r"a*", 0, "mrepr", ["a" * 80]),
        (r"a" * 250, 0, "repr", []), (r"a", re.I | re.M | re.S | re.X | re.A, "repr", []),
        (r"\w", 0, "scanner", ["ab c"]), (r"\w*", 0, "scanner", ["ab c"]), (r"a", 0, "search", [b"a"]),
        (rb"a", 0, "search", ["a"]), (r"a", 0, "search", [1]), (r"(a)*", 0, "search", ["a" * 20000]),
        (r"(?:a|b)*c", 0, "search", ["ab" * 10000 + "c"]), (r"(a|b)*?c", 0, "search", ["ab" * 10000 + "c"]),
        (r".*x", re.S, "search", ["y" * 5000]), (r"a", 0, "search", ["aaa", 2 ** 70]),
        (r"a", 0, "search", ["aaa", -2 ** 70]), (r"a", 0, "search", ["aaa", 0, 2 ** 63 - 1]),
        (r"a", 0, "sub", ["b", "aaa", 2 ** 70]), (r"a", 0, "split", ["aaa", -2 ** 70]), (r"(\w+\s*)+$", 0, "search", ["word " * 50]),
    ]:
        add(pat, fl, op, args)
    for pat in ERRORS:
        try:
            re.compile(pat)
            raise AssertionError(pat)
        except (re.error, OverflowError) as e:
            cases.append((pat, 0, None, 0, {}, (), "compile", (), "error: %s: %s" % (type(e).__name__, e)))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="ascii") as f:
        f.write("# Generated by tools/gen_re_cases.py from CPython %s; do not edit.\n" % sys.version.split()[0])
        f.write("CASES = [\n")
        for c in cases:
            f.write("    %s,\n" % ascii(c))
        f.write("]\n")
    print(len(cases), "cases written to", os.path.normpath(OUT))


main()
