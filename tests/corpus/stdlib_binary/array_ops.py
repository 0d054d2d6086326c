# array.array: construction for every typecode, list-like operations, slicing, conversions, buffers
from array import array, typecodes, ArrayType, _array_reconstructor
import copy, struct, binascii, zlib

print(typecodes, ArrayType is array, array.__module__, array.__name__)
for tc in typecodes:
    a = array(tc, 'xyz') if tc == 'u' else array(tc, [1, 2, 3])
    print(tc, a.itemsize, a, a.typecode, len(a), a.tolist(), a.tobytes().hex())

print(array('b', b'\x01\xff'), array('h', b'\x01\x02\x03\x04'), array('u', 'h\xe9llo \U0001F600'))
print(array('d', array('i', [1, 2])), array('i', array('i', [4])), array('u', array('u', 'ab')), array('i', range(4)))
print(array('f', [1.5, 0.1]), array('d', [float('nan'), float('inf'), -0.0]), array('f', [1e40]))
print(array('q', [2**63 - 1, -2**63]), array('Q', [2**64 - 1]), array('L', [2**64 - 1]), array('l', [True]))
class Idx:
    def __index__(self):
        return 5
print(array('i', [Idx()]), array('d', [Idx()]), array('f', [3]), array('u', ['\U0001F600']))

a = array('i', [1, 2, 3, 4, 5])
a.append(6); a.extend([7, 8]); a.extend(array('i', [9])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(2, 99); a.remove(99)
print(a.index(3), a.count(3), a.index(3, 1), 3 in a, 42 in a, 2.0 in a, 'x' in a)
a.reverse(); print(a, a.buffer_info()[1])
a.extend(a); print(a)
a += array('i', [-1]); print(a)
b = array('h', [1, 256, -2]); b.byteswap(); print(b, b.tobytes())
c = array('i'); c.frombytes(b'\x01\x00\x00\x00\x02\x00\x00\x00'); c.fromlist([3, 4]); print(c, c.tolist())
u = array('u', 'ab'); u.fromunicode('cd'); print(u, u.tounicode(), u[1:3], u + array('u', 'e'))

s = array('i', range(10))
print(s[2:5], s[::-1], s[::3], s[-1], s[1], s[5:2], s[-3:])
s[1:3] = array('i', [7, 7, 7]); print(s)
s[::2] = array('i', [0] * 6); print(s)
s[1:1] = array('i', [9, 9]); print(s)
s[5:] = array('i'); print(s)
del s[1:4]; print(s)
del s[::2]; print(s)
del s[0]; print(s)
s = array("i", [5, 6, 7]); s[0] = 42; s[-1] = 43; print(s)
s = array('i', range(10)); s[1:8:3] = array('i', [0, 0, 0]); del s[::-3]; print(s)

x = array('i', [1, 2]); y = array('i', [3])
print(x + y, x * 3, 2 * x, x * -1, x * 0)
x *= 2; print(x); x *= 0; print(x)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('h', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]),
      array('d', [1.0]) == array('i', [1]), array('i', [1]) == [1], array('i', [1, 2]) <= array('b', [1, 2]),
      array('i', [3, 1, 2]) > array('i', [3, 1]), array('i') == array('u'), array('u', 'ab') < array('u', 'b'), array('i', [1]) != array('i', [1, 1]))
print(list(array('d', [1.5, 2.5])), sorted(array('i', [5, 1, 4])), max(array('i', [5, 1, 4])), sum(array('B', [200, 100])),
      list(reversed(array('i', [1, 2]))), [v * 2 for v in array('H', [1, 2])])
a = array('i', [1]); it = iter(a); a.append(2); print(list(it), type(it).__name__)

# subclasses, copies, pickling support
class MyArr(array):
    pass
m = MyArr('i', [1, 2])
print(m, type(m + m).__name__, type(m[0:1]).__name__, m.typecode, m.itemsize, isinstance(m, array))
m.tag = 'x'
print(m.__reduce_ex__(3)[1:], m.__reduce_ex__(2))
print(copy.copy(array('i', [1, 2])), copy.deepcopy(array('d', [1.5])), array('i', [1, 2, 3]).__copy__(), type(copy.copy(m)).__name__)
for tc in typecodes:
    a = array(tc, 'xyz') if tc == 'u' else array(tc, [1, 2, 3])
    r = a.__reduce_ex__(4)
    print(tc, r[0].__name__, r[1][1:3], r[0](*r[1]) == a, r[2])
print(_array_reconstructor(array, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'))
print(_array_reconstructor(array, 'd', 17, struct.pack('>2d', 1.5, -2.0)))
print(_array_reconstructor(array, 'u', 19, 'hi\U0001F600'.encode('utf-16-be')))
print(_array_reconstructor(array, 'q', 1, b'\xff\x01'), _array_reconstructor(array, 'Q', 11, b'\xff' * 8))
print(_array_reconstructor(array, 'i', 3, b'\x01\x02'), _array_reconstructor(MyArr, 'f', 15, struct.pack('>f', 0.5)))

# the array as a buffer
a = array('i', [1, 2, 3])
print(struct.unpack('<3i', a), binascii.hexlify(a), zlib.crc32(a) == zlib.crc32(a.tobytes()), bytes(a), bytearray(array('h', [-1])))
struct.pack_into('<i', a, 4, 99); print(a)
print(zlib.decompress(zlib.compress(array('d', [1.5, 2.5]))), array('b', b'hello').tobytes().decode())

class Reader:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r
class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
f = array('h'); f.fromfile(Reader(b'\x01\x00\x02\x00\x03\x00'), 2); print(f)
w = Writer(); array('i', [7, 8]).tofile(w); print(w.chunks)
try:
    f.fromfile(Reader(b'\x05\x00'), 3)
except EOFError as e:
    print('EOFError', e, f)
try:
    f.fromfile(Reader(b'\x05\x00\x06'), 3)
except ValueError as e:
    print('ValueError', e, f)
