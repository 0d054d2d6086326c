# zlib: one-shot and streaming round trips at several levels and wbits (zlib, raw, gzip, auto)
import zlib

state = 3
def data(n, alphabet=256):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2**31
        out.append((state >> 16) % alphabet)
    return bytes(out)

texts = [b'', b'a', b'hello world ' * 20, data(3000, 5), data(40000, 20) + b'end' * 1000]

# with a 32 KiB window these are byte-identical to CPython's zlib
for i, d in enumerate(texts):
    for level in (-1, 0, 1, 5, 6, 9):
        for wbits in (15, -15, 31):
            c = zlib.compress(d, level, wbits)
            print(i, level, wbits, len(c), zlib.crc32(c), zlib.decompress(c, wbits) == d)
print(zlib.compress(b'hello world ' * 20).hex())
print(zlib.compress(b'hello world ' * 20, 9, 31).hex())

# any window size and the automatic header detection round-trip
for i, d in enumerate(texts):
    for wbits in (9, 10, 12, 14, -9, -12, 25, 28):
        c = zlib.compress(d, 6, wbits)
        ok = zlib.decompress(c, wbits) == d
        if wbits > 0:
            ok = ok and zlib.decompress(c, wbits + 32 if wbits < 16 else wbits + 16) == d
        print(i, wbits, ok)
    print(i, zlib.decompress(zlib.compress(d), 0) == d, zlib.decompress(zlib.compress(d, 6, 31), 16) == d,
          zlib.decompress(zlib.compress(d, 6, 31), 47) == d, zlib.decompress(zlib.compress(d), 32) == d)
print(zlib.compress(b'hello world ' * 20, wbits=9).hex())
print(zlib.compress(b'hello world ' * 20, wbits=12).hex())

# streaming compression: flush modes, header on first call
for wbits in (15, -15, 31):
    co = zlib.compressobj(wbits=wbits)
    parts = [co.compress(b'')]
    for j in range(0, len(texts[4]), 7000):
        parts.append(co.compress(texts[4][j:j + 7000]))
    parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    parts.append(co.flush(zlib.Z_NO_FLUSH))
    parts.append(co.compress(b'more data'))
    parts.append(co.flush(zlib.Z_FULL_FLUSH))
    parts.append(co.flush())
    whole = b''.join(parts)
    print(wbits, [len(p) for p in parts[:2]], parts[-4][-4:].hex(), zlib.crc32(whole),
          zlib.decompress(whole, wbits) == texts[4] + b'more data')
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY):
    co = zlib.compressobj(9, zlib.DEFLATED, 15, 8, strategy)
    c = co.compress(texts[3]) + co.flush()
    print(strategy, len(c), zlib.crc32(c), zlib.decompress(c) == texts[3])
for strategy in (zlib.Z_RLE, zlib.Z_FIXED):
    for mem in (1, 9):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        print(strategy, mem, zlib.decompress(co.compress(texts[4]) + co.flush()) == texts[4])

# zdict
co = zlib.compressobj(zdict=b'hello world')
c = co.compress(b'hello world ' * 20) + co.flush()
print(c.hex())
do = zlib.decompressobj(zdict=b'hello world')
print(do.decompress(c) == b'hello world ' * 20, do.eof)
raw = zlib.compressobj(wbits=-15, zdict=b'abcdef')
c = raw.compress(b'abcdefabcdef') + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=b'abcdef').decompress(c))

# copies fork the stream
co = zlib.compressobj()
head = co.compress(texts[3][:1000])
fork = co.copy()
a = head + co.compress(b'A' * 50) + co.flush()
b = head + fork.compress(b'B' * 50) + fork.flush()
print(zlib.decompress(a)[-3:], zlib.decompress(b)[-3:])

# streaming decompression with output limits, unconsumed_tail, unused_data, eof
c = zlib.compress(texts[4]) + b'trailing'
do = zlib.decompressobj()
out = []
chunk = do.decompress(c, 1000)
while not do.eof:
    out.append(chunk)
    chunk = do.decompress(do.unconsumed_tail, 1000)
out.append(chunk)
print(len(out), max(len(x) for x in out), b''.join(out) == texts[4], do.eof, do.unused_data)
do = zlib.decompressobj(47)
g = zlib.compress(texts[3], 6, 31)
res = b''.join(do.decompress(g[j:j + 1]) for j in range(len(g)))
print(res == texts[3], do.eof, do.unused_data, do.flush())
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'xyz')[:5]), do.eof, do.flush(), do.eof)
do = zlib.decompressobj()
part = do.decompress(zlib.compress(texts[2]), 10)
print(part, len(do.unconsumed_tail) > 0, len(do.flush()), do.eof)
dcopy = zlib.decompressobj()
dcopy.decompress(zlib.compress(texts[2])[:20])
other = dcopy.copy()
print(dcopy.decompress(zlib.compress(texts[2])[20:]) == other.decompress(zlib.compress(texts[2])[20:]))

# checksums
for d in texts:
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 12345), zlib.adler32(d, 2**33 + 7))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'),
      zlib.adler32(b'world', zlib.adler32(b'hello ')) == zlib.adler32(b'hello world'))
print(zlib.crc32(memoryview(b'abc')), zlib.adler32(bytearray(b'abc')), zlib.crc32(b'', -1))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY,
      zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, type(zlib.ZLIB_VERSION).__name__)
print(type(zlib.compressobj()), type(zlib.decompressobj()), zlib.error.__mro__)

# sizes are Py_ssize_t (gzip passes sys.maxsize), levels and wbits C ints
import sys
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc' * 10), sys.maxsize), len(do.flush(100)))
print(len(zlib.decompress(zlib.compress(b"abc"), 15, 1)))
for bad in [lambda: zlib.compress(b'', 2**40), lambda: zlib.decompressobj(2**40), lambda: do.decompress(b'', 2**70)]:
    try:
        bad()
    except OverflowError as e:
        print('OverflowError', e)
