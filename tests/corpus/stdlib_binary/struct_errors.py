# struct: CPython's error types and messages
import struct

def t(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for order in ['', '<', '>']:
    for code in 'bBhHiIlLqQ':
        for v in (-1, 300, 70000, 2**33, 2**64, 2**70, 1.5, '1', None):
            t(struct.pack, order + code, v)
for code in 'nNP':
    for v in (-1, 2**64, -2**63 - 1, 2**70, 1.0):
        t(struct.pack, code, v)
t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 1); t(struct.pack, 'c', 'a'); t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 'f', 'x'); t(struct.pack, '<f', 1e300); t(struct.pack, '>d', None)
t(struct.pack, 'e', 1e6); t(struct.pack, '<e', 65520.0); t(struct.pack, '>e', -65520.0)
t(struct.pack, 's', 'a'); t(struct.pack, 's', 1); t(struct.pack, 'p', 'a')
t(struct.pack, '<P', 1); t(struct.pack, '>n', 1); t(struct.pack, 'y'); t(struct.pack, '3 i', 1, 2, 3)
t(struct.pack, '3'); t(struct.calcsize, '12'); t(struct.calcsize, '9999999999999999999i')
t(struct.pack, 'i\0', 1)
t(struct.pack, 'i'); t(struct.pack, 'i', 1, 2); t(struct.pack, '2i', 1); t(struct.pack, 'x', 1); t(struct.pack)
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, 'i', 5); t(struct.unpack, 'i')
t(struct.unpack_from, 'i', b'abc', 1); t(struct.unpack_from, 'i', b'abcdef', -1)
t(struct.unpack_from, 'i', b'abcdef', -10); t(struct.unpack_from, 'i', b'abcdef', 10)
b = bytearray(6)
t(struct.pack_into, 'i', b, 3, 1); t(struct.pack_into, 'i', b, -3, 1); t(struct.pack_into, 'i', b, -10, 1)
t(struct.pack_into, 'i', b, 10, 1); t(struct.pack_into, 'i', b'abcdef', 0, 1)
t(struct.pack_into, 'i'); t(struct.pack_into, 'i', b); t(struct.pack_into, 'i', b, 0); t(struct.pack_into, 'i', b, 'a', 1)
t(struct.iter_unpack, 'i', b'abcde'); t(struct.iter_unpack, '', b'abcde'); t(struct.iter_unpack, 'i', 5)
t(struct.Struct, 1); t(struct.calcsize, 5); t(struct.Struct, 'z')
s = struct.Struct('i')
t(s.pack, 1, 2); t(s.pack_into, bytearray(4)); t(s.pack_into, bytearray(4), 0, 1, 2); t(s.unpack, b'')
try:
    struct.pack('b', 200)
except struct.error as e:
    print('caught', type(e), e.args)
