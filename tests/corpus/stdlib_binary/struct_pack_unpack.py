# struct: packing and unpacking across format characters and byte orders
import struct

def show(fmt, *values):
    data = struct.pack(fmt, *values)
    back = struct.unpack(fmt, data)
    print(repr(fmt), struct.calcsize(fmt), data.hex(), back)

for order in '@=<>!':
    show(order + 'bBhHiIlLqQ', -1, 255, -300, 65535, -70000, 4294967295, -2**31, 2**32 - 1, -2**63, 2**64 - 1)
    show(order + '?c3s5p', 7, b'z', b'abcdef', b'xy')
    show(order + 'efd', 1.5, -0.1, 3.141592653589793)
    show(order + '2x2h', 1, 2)
for fmt in ['n', 'N', 'P']:
    show(fmt, 12345)
show('P', 2**64 - 1)
show('N', 2**64 - 1)

# native alignment
for fmt in ['bh', 'bi', 'bq', 'bd', 'be', 'bP', 'b0q', 'hb', 'cic', '3sd', 'qb', 'bhiq', '=bhiq', '<cq']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('bi0q', 1, 2).hex())
print(struct.pack('ci', b'x', 1).hex())

# repeat counts and whitespace
print(struct.pack('<3h 2b', 1, 2, 3, 4, 5).hex())
print(struct.unpack('> 2H\t1i', bytes(range(8))))
print(struct.calcsize('0s0p0x'), struct.pack('0s', b'abc'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('3p', b'abcdef'))
print(struct.pack('300p', b'q' * 400)[:3])
print(struct.unpack('5p', b'\x09abcd'))
print(struct.unpack('<?', b'\x05'), struct.unpack('>?', b'\x00'))

# half floats (round half to even), specials
for v in [0.0, -0.0, 1.0, 1/3, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 2.98e-08, 1e-09, 2049.0, 2051.0,
          float('inf'), -float('inf')]:
    print(v, struct.pack('<e', v).hex(), struct.unpack('>e', struct.pack('>e', v))[0])
print(struct.pack('<e', float('nan')).hex(), struct.unpack('<e', b'\x00\x7e'))
print(struct.pack('<f', 1/3).hex(), struct.unpack('<f', struct.pack('<f', 1/3)))
print(struct.pack('f', 1e300).hex())

# argument conversions
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('<i', Idx()).hex(), struct.pack('<f', Idx()).hex(), struct.pack('<d', Flt()).hex())
print(struct.pack('<i?', True, []).hex(), struct.pack('<d', 3).hex())

# buffers
print(struct.unpack('<i', bytearray(b'\x01\x02\x03\x04')), struct.unpack('<i', memoryview(b'abcd')))
print(struct.unpack_from('<h', b'abcdef', 2), struct.unpack_from('<h', b'abcdef', offset=-2))
buf = bytearray(8)
struct.pack_into('<hi', buf, 1, -2, 0x01020304)
print(buf)
struct.pack_into('>h', buf, -2, 258)
print(buf)
mv = memoryview(buf)
struct.pack_into('<B', mv, 0, 99)
print(buf)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('>H', b'abcdef')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())

# Struct objects
s = struct.Struct('<ih')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(struct.Struct(b'>q').format, struct.Struct(b'>q').size)
print(s.unpack_from(b'xx' + s.pack(5, 6), 2), list(s.iter_unpack(s.pack(1, 2) * 2)))
b2 = bytearray(6)
s.pack_into(b2, 0, 7, 8)
print(b2)
class Pair(struct.Struct):
    def __init__(self):
        super().__init__('<hh')
p = Pair()
print(p.size, p.format, p.pack(3, 4), type(p).__mro__[1])
print(struct.Struct, struct.error, struct.error.__mro__[1])
print(struct.calcsize('99999999999999999i'))
struct._clearcache()
print(struct.pack('i', 5) == struct.Struct('i').pack(5))
