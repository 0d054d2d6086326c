# repr() of strings with quotes, escapes and unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "cr\rlf", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ 日本", "\u200b\u2028\ufeff",
           "\U0001f600", "\ud800", "bell\a", "\x1b[0m", "'", '"', "''\"", "", "\\n"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("x'y"), repr(str(5)), repr(repr("a")), repr(["a'b", 'c"d']))
print(repr("\N{GREEK SMALL LETTER ALPHA}"), "\N{BULLET}" == "\u2022", ascii("\N{EM DASH}"))
print("%r|%s|%a" % ("é'", "é'", "é'"))
tab = "tab\t"
print(f"{'q'!r} {'é'!a} {tab!r}", "{!r} {!a} {!r}".format("q", "é", tab))
print(r"raw\nstring", len(r"\n"), r"\'", repr(r"\d+"))
print("adjacent" " literals", 'mixed' "quotes", """triple "quoted" 'text'""")
print(repr("""a
b"""), repr('\'\"'), "\x41\101\u0041\U00000041")
for s in ["\x7e", "\x7f", "\xa0", "\xff", "\u0100", "\u3000", "\U00010000"]:
    print(ascii(s), repr(s) == "'" + s + "'", s.isprintable())
print(repr("\\'"), repr("a\\b\\"), repr("\"\'\""), len(repr("x\ny")))
print(str(repr("q")) == "'q'", repr(repr(repr("x"))))
quotes = ["'", '"', "'\"", "x'y\"z"]
print([repr(q) for q in quotes])
