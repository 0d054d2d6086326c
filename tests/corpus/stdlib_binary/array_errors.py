# array.array: CPython's errors for typecodes, item conversion, indexing and operations
from array import array

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2**15), ('h', -2**15 - 1), ('H', -1), ('H', 2**16),
              ('i', 2**31), ('i', -2**31 - 1), ('I', -1), ('I', 2**32), ('I', 2**70), ('l', 2**63), ('l', -2**63 - 1),
              ('L', -1), ('L', 2**64), ('q', 2**63), ('q', -2**63 - 1), ('Q', -1), ('Q', 2**64), ('B', 2**70),
              ('b', 2**70), ('H', 2**70), ('b', 1.5), ('f', 'x'), ('d', None), ('u', 'ab'), ('u', 1), ('b', '1')]:
    t(array, tc, [v])
t(array, 'x'); t(array, 'bb'); t(array, 1); t(array, 'b', 5); t(array, 'h', b'\x01\x02\x03')
t(array, 'b', 'abc'); t(array, 'i', array('d', [1.5])); t(array, 'b', array('u', 'ab'))
t(array, 'i', [1], 2); t(array, typecode='i'); t(array)
a = array('i', [1, 2, 3])
t(a.extend, array('h', [1])); t(a.extend, 5); t(array('i').pop); t(a.pop, 100); t(a.remove, 42); t(a.index, 42)
t(a.index, 3, 5, 6); t(a.index, 1, 'a'); t(a.pop, 'a'); t(a.insert, 'a', 1)
t(array('u', 'ab').byteswap); t(a.frombytes, b'abc'); t(a.frombytes, 'abc')
t(a.fromlist, [5, 'x']); print(a); t(a.fromlist, (1,))
t(array('i').fromunicode, 'x'); t(array('i').tounicode); t(array('u').fromunicode, b'x')
t(a.__getitem__, 10); t(a.__getitem__, 'a'); t(a.__setitem__, 99, 1); t(a.__delitem__, 5)
t(a.__setitem__, 0, 'x'); t(a.__setitem__, 0, 2**40)
s = array('i', range(10))
t(s.__setitem__, slice(0, 10, 2), array('i', [1])); t(s.__setitem__, slice(0, 2), [1, 2])
t(s.__setitem__, slice(0, 2), array('h', [1]))
x = array('i', [1, 2])
t(x.__add__, array('h', [1])); t(lambda: x + [1]); t(x.__iadd__, [1]); t(x.__iadd__, array('d'))
t(x.__imul__, 'x'); t(array('i').fromfile, None, 1); t(array('i').fromfile, None, -1)
t(array('i', [1]).tofile, None)
