# str.format/format_map errors, codec registry fallback, str subclass results, %c with __index__
import codecs

def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as ex:
        print(type(ex).__name__, ex)

show(lambda: "{a{}b}".format(42))
show(lambda: '{}'.format_map({'a': 2}))
show(lambda: '{0}'.format_map({'a': 2}))
show(lambda: '{a}'.format_map({'a': 2}))
for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
    show(lambda: getattr('hello', m)('x', None, None, None))
    show(lambda: getattr(b'hello', m)(b'x', None, None, None))

def search_function(encoding):
    if encoding == "test.unicode1":
        return (lambda i, e="strict": 42, lambda i, e="strict": 42, None, None)
    if encoding == "test.unicode2":
        return (lambda i, e="strict": (42, 42), lambda i, e="strict": (42, 42), None, None)
    if encoding == "test.upper":
        return (lambda i, e="strict": (i.upper().encode('ascii'), len(i)),
                lambda i, e="strict": (bytes(i).decode('ascii').upper(), len(i)), None, None)
    return None

codecs.register(search_function)
show(lambda: b"hello".decode("test.unicode1"))
show(lambda: str(b"hello", "test.unicode2"))
show(lambda: "hello".encode("test.unicode1"))
show(lambda: "hello".encode("test.unicode2"))
show(lambda: "hello".encode("test.upper"))
show(lambda: b"hello".decode("test.upper"))
show(lambda: "x".encode("rot13"))
show(lambda: b"x".decode("hex"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: str(b"\xc1\xc2", "cp037"))
show(lambda: "AB".encode("cp037"))
codecs.unregister(search_function)

class S(str):
    pass

class W:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v
    def __str__(self):
        return self.v

show(lambda: str(W(S('x'))))
show(lambda: ascii(W(S('x'))))
show(lambda: ascii(W(S('\xe9'))))
show(lambda: repr(W(S('x'))))
show(lambda: str(S('y')))

class I:
    def __index__(self):
        return 109

show(lambda: '%c' % I())
show(lambda: b'%c' % I())
show(lambda: '%c' % 3.0)
show(lambda: b'%c' % 3.0)

s1 = S('abcd')
s2 = ''.join([s1])
print(s1 is s2, type(s2).__name__)
s3 = 'abcd'
print(''.join([s3]) is s3, '-'.join([s3]) is s3, ''.join((s3,)) is s3)

for it in [iter(''), iter('\U0001f40d'), iter([]), iter(()), iter({}), iter(b''), iter(range(3))]:
    show(lambda: type(it)())

for spec in ['{:,,}', '{:__}', '{:,_}', '{:_,}', '{:,_d}', '{:,}', '{:_}']:
    show(lambda: spec.format(12345))
show(lambda: b'%b' % memoryview(b'abc'))
show(lambda: b'%b|%s' % (bytearray(b'x'), memoryview(b'yz')))
