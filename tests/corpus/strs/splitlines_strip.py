# splitlines and strip variants
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029end"
print(text.splitlines())
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\r\ny\r".splitlines(keepends=True), "no newline".splitlines(), "a\n".split("\n"))
for s in ["  padded  ", "\t\n x \r\n", "xxhixx", "", "   ", "\u2003wide\u3000"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".strip("ab"), "abc".strip(""))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".mco"), "aaa".strip("a"))
print("  x  ".strip(None), "--x--".lstrip("-"), "--x--".rstrip("-"))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"))
print("body.txt".removesuffix(".txt"), "body.txt".removesuffix(".py"), "".removeprefix(""))
print("aaab".removeprefix("a"), "baaa".removesuffix("a"))
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
lines = "  alpha \n\n beta\n   \ngamma  \n".splitlines()
print([l.strip() for l in lines if l.strip()])
