import tokenize, io, token, keyword

src = '''def f(a, b=2):
    """doc"""
    x = a + b * 3  # comment
    if x >= 10 and not a:
        return f"v={x!r:>4}"
    return [1, 2.5, 0x1f, 1e-3, 3j, 'single', b"bytes"]
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(toks[0].type == tokenize.ENCODING, toks[0].string, len(toks), toks[5])
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("x=1\nif x :\n  y = ( 2 )\n").readline)))
print(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("a = [1,\n 2]\n").readline)]))
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: bogus-enc\n").readline)
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print(type(e).__name__, e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("s = '''abc\n").readline))
except tokenize.TokenError as e:
    print(type(e).__name__, e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n    a\n  b\n").readline))
except IndentationError as e:
    print(type(e).__name__, e)
print([(token.tok_name[t.exact_type], t.string) for t in tokenize.generate_tokens(io.StringIO("a += b ** -c @ d // e != f -> g := h ...").readline) if t.type == token.OP])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET + 1), token.ISEOF(token.ENDMARKER), token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.softkwlist, len(keyword.kwlist))
