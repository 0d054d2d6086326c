import _string, errno
for s in ['a{0!r:>5}b{{c}}d', '{}', '{a.b[c]:{w}}x', 'x}}', '{', '}', 'a{0:}', '{!r}', '{0!rr}', '{0:{1}}']:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['a.b[c]', '0.x[1]', '', 'a[', 'a.']:
    try:
        f, r = _string.formatter_field_name_split(s); print(repr(s), repr(f), list(r))
    except Exception as e: print(repr(s), type(e).__name__, e)
print(errno.ENOENT, errno.errorcode[2], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
