# base64: every codec round trip and its errors (b64, urlsafe, b32, b32hex, b16, b85, a85, encodebytes)
import base64

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\x00\x00\x00\x00', b' ' * 9]
pairs = [
    (base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
    (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
    (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
    (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
    (base64.encodebytes, base64.decodebytes),
]
for enc, dec in pairs:
    for s in samples:
        e = enc(s)
        print(enc.__name__, e if len(e) < 60 else (len(e), e[:40]), dec(e) == s)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('Zm9v'), base64.b64decode(bytearray(b'Zm9v')), base64.b64decode(b'Zm9v\n!!'))
t(base64.b64decode, b'Zm9v!', validate=True); t(base64.b64decode, b'Zm9'); t(base64.b64decode, 'Zm9vé')
t(base64.b64encode, 'str'); t(base64.b64decode, b'Zg==Zg==', validate=True)
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ=', map01=b'L'))
t(base64.b32decode, b'MZXW6'); t(base64.b32decode, b'MZXW6!=='); t(base64.b32decode, b'mzxw6===')
t(base64.b16decode, b'666f6f'); print(base64.b16decode(b'666f6f', casefold=True)); t(base64.b16decode, b'6G'); t(base64.b16decode, b'666')
print(base64.a85encode(b'hello world', foldspaces=True, wrapcol=10, pad=True, adobe=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85encode(b'    ', foldspaces=True))
t(base64.a85decode, b'abc~'); t(base64.a85decode, b'z{'); t(base64.b85decode, b'|NsC0~')
print(base64.b85encode(b'hello', pad=True), base64.b85decode(b'Xk~0{Zv'))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(b'AAECAw==\n'))
