# zlib: error types and messages
import zlib

def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', r if not isinstance(r, bytes) or len(r) < 40 else len(r))
    except Exception as e:
        print(type(e).__name__, e)

d = b'hello world ' * 20
c = zlib.compress(d)
t(zlib.compress, d, 10); t(zlib.compress, d, -2); t(zlib.compress, d, wbits=16); t(zlib.compress, d, wbits=-8)
t(zlib.compress, d, wbits=24); t(zlib.compress, d, wbits=32); t(zlib.compress, 'text'); t(zlib.compress, d, 'x')
t(zlib.decompress, b'abc'); t(zlib.decompress, b''); t(zlib.decompress, c[:-3]); t(zlib.decompress, c + b'xx')
t(zlib.decompress, zlib.compress(d, wbits=31)); t(zlib.decompress, c, 9); t(zlib.decompress, c, 7)
t(zlib.decompress, zlib.compress(d, wbits=-15), 15); t(zlib.decompress, c, 31); t(zlib.decompress, c, -15)
t(zlib.decompress, c, bufsize=0); t(zlib.decompress, c, bufsize=-1)
bad = bytearray(c); bad[-1] ^= 1
t(zlib.decompress, bytes(bad))
g = bytearray(zlib.compress(d, wbits=31)); g[-1] ^= 1
t(zlib.decompress, bytes(g), 31)
g = bytearray(zlib.compress(d, wbits=31)); g[-5] ^= 1
t(zlib.decompress, bytes(g), 31)
g = bytearray(zlib.compress(d, wbits=31)); g[2] = 7
t(zlib.decompress, bytes(g), 31)
g = bytearray(zlib.compress(d, wbits=31)); g[3] = 0x40
t(zlib.decompress, bytes(g), 31)
t(zlib.decompress, b'\x78\x9c\xff\xff\xff')
t(zlib.decompress, b'\x79\x9c')
t(zlib.decompress, zlib.compressobj(zdict=b'hello').compress(b'x'))

co = zlib.compressobj()
t(co.compress, b'abc'); t(co.flush, zlib.Z_NO_FLUSH); t(co.flush); t(co.compress, b'x'); t(co.flush)
t(co.flush, zlib.Z_NO_FLUSH); t(co.copy); t(co.compress, 'str')
t(zlib.compressobj, method=7); t(zlib.compressobj, memLevel=10); t(zlib.compressobj, strategy=7)
t(zlib.compressobj, level=11); t(zlib.compressobj, wbits=40); t(zlib.compressobj, zdict='a')
t(zlib.decompressobj, 100); t(zlib.decompressobj, zdict=5)
do = zlib.decompressobj()
t(do.decompress, b'', -1); t(do.flush, 0); t(do.decompress, b'xyz')
do = zlib.decompressobj()
t(do.decompress, c + b'extra', 10); t(do.decompress, do.unconsumed_tail)
print(do.unconsumed_tail, do.unused_data, do.eof)
t(do.flush); print(do.unused_data); t(do.decompress, b'more'); t(do.copy)
do = zlib.decompressobj()
t(do.decompress, c + b'extra'); t(do.decompress, b'more'); print(do.unused_data, do.unconsumed_tail)
t(zlib.crc32, 'x'); t(zlib.adler32, 5)
try:
    zlib.decompress(b'garbage')
except zlib.error as e:
    print('caught', e.args)
t(zlib.compressobj, wbits=31, zdict=b'abc')
co = zlib.compressobj(zdict=b'abc')
t(zlib.decompressobj(zdict=b'xyz').decompress, co.compress(b'abc') + co.flush())
