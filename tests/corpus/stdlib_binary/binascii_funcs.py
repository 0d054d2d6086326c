# binascii: hex, base64, uu, quoted-printable, crc; str arguments; errors
import binascii as B

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

# pseudo-random data, deterministic
state = 7
def data(n):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2**31
        out.append(state >> 16 & 0xFF)
    return bytes(out)

t(B.hexlify, b'\x01\xab\xff'); t(B.b2a_hex, bytearray(b'xyz')); t(B.hexlify, memoryview(b'mv'))
for sep, n in [('-', 1), (b':', 2), (':', -2), (' ', 3), ('.', -3), ('_', 0), ('|', 10)]:
    t(B.hexlify, b'abcdefg', sep, n)
t(B.hexlify, b'', ':'); t(B.hexlify, b'abc', '::'); t(B.hexlify, b'abc', 1); t(B.hexlify, b'ab', bytearray(b'-'))
t(B.hexlify, b'ab', '\u20ac'); t(B.hexlify, 'abc'); t(B.hexlify, b'abc', sep='-', bytes_per_sep=2)
t(B.unhexlify, '0A0b'); t(B.unhexlify, b'ff00'); t(B.a2b_hex, bytearray(b'7f')); t(B.unhexlify, memoryview(b'4142'))
t(B.unhexlify, 'abc'); t(B.unhexlify, 'zz'); t(B.unhexlify, '\xe90'); t(B.unhexlify, 5); t(B.unhexlify, ' 1')

for n in range(8):
    d = data(n)
    enc = B.b2a_base64(d)
    print(n, enc, B.b2a_base64(d, newline=False), B.a2b_base64(enc) == d, B.a2b_base64(enc.decode()) == d)
for s in ['aGVsbG8=\n', 'aGVsbG8', 'aGVsb', 'a', 'aG=VsbG8', 'aGVsbG8=aaaa', 'aGVsbA====', 'aGVsbA=',
          'aGVsbA= =', '', '====', 'aGVsbG9=', 'abcde', 'abcdefghi', 'ab=c', 'ab==c', 'abc=d', 'a!b@c#d$',
          'YW Jj\nZA==', 'YQ', 'YQ=', 'YWI']:
    t(B.a2b_base64, s)
    t(B.a2b_base64, s, strict_mode=True)
t(B.b2a_base64, 'x'); t(B.a2b_base64, 'caf\xe9'); t(B.a2b_base64, None)

t(B.crc32, b'hello'); t(B.crc32, b'hello', 12345); t(B.crc32, b'', 2**40); t(B.crc32, b'a', -1)
t(B.crc32, b'world', B.crc32(b'hello ')); t(B.crc32, b'hello world'); t(B.crc32, data(1000))
t(B.crc_hqx, b'hello', 0); t(B.crc_hqx, b'hello', 0xffff); t(B.crc_hqx, b'hello', 2**20); t(B.crc_hqx, b'x', -1)
t(B.crc_hqx, data(500), 0); t(B.crc32, 'x'); t(B.crc32, b'x', 1.5)

for n in [0, 1, 2, 3, 10, 45]:
    d = data(n)
    enc = B.b2a_uu(d)
    print(n, enc, B.b2a_uu(d, backtick=True), B.a2b_uu(enc) == d)
t(B.b2a_uu, b'x' * 46); t(B.a2b_uu, b'+:&5L;&\\@=V]R;&0 \n'); t(B.a2b_uu, ''); t(B.a2b_uu, ' '); t(B.a2b_uu, b'!\n')
t(B.a2b_uu, 'abc'); t(B.a2b_uu, '!aa  xx'); t(B.a2b_uu, '"``'); t(B.a2b_uu, b'\x7f'); t(B.a2b_uu, b'!a\nX')
t(B.a2b_uu, b'! `\r\n'); t(B.a2b_uu, b'!!!!!')

for d in [b'hello = world\t\nfoo \r\nbar', b'a' * 100, b'\xff\x00abc', b'a b\tc', b'a_b c', b'line\r\nline2\n',
          b'.abc', b'. \n.\nx.', b'a.\r\nb', b'x' * 75 + b'\r\n' + b'y' * 80, b'=' * 30, b'ab\rcd', b'end ', b'tab\t',
          b'x' * 74 + b'==' + b'y' * 3, b'caf\xc3\xa9 \xe2\x82\xac\n', data(200)]:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = B.b2a_qp(d, **kw)
        back = B.a2b_qp(enc, header=kw.get('header', False))
        print(enc, back == d)
for s in [b'hello =3D world=\nfoo=20\nbar=4', b'=ZZ x=a', b'=\r\nabc', b'abc=', b'a==b', b'=4', b'=4g', b'=\rx\ny']:
    t(B.a2b_qp, s)
t(B.a2b_qp, 'a_b=5F', header=True); t(B.a2b_qp, 'a_b=5f')
print(B.Error.__mro__, B.Incomplete.__mro__)
try:
    B.unhexlify('0')
except ValueError as e:
    print('ValueError caught', type(e).__name__)
