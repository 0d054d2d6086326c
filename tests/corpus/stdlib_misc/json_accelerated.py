import json, _json
from json import decoder, encoder, scanner
from collections import OrderedDict
from decimal import Decimal
print(decoder.scanstring is _json.scanstring, scanner.make_scanner is _json.make_scanner, encoder.c_make_encoder is _json.make_encoder)

docs = [None, True, False, 0, -1, 12345678901234567890123, 1.5, -0.0, 1e300, 1e-7, 0.1, 3.141592653589793, 1e16,
        "", "plain", "quote\" back\\ slash / tab\t nl\n cr\r bs\b ff\f nul\x00 us\x1f del\x7f",
        "caf\u00e9 \u6f22\u5b57 \U0001F40D \u2028", [], {}, [1, [2, [3, []]]], {"a": {"b": {"c": {}}}},
        {"k": [1, 2.5, "x", None, True, {"n": []}]}, (1, 2), [(), ((),)]]
for d in docs:
    s1 = json.dumps(d)
    s2 = json.dumps(d, ensure_ascii=False)
    s3 = json.dumps(d, indent=2, sort_keys=True)
    s4 = json.dumps(d, separators=(',', ':'))
    print(s1, s2, s4)
    print(s3)
    for s in (s1, s2, s3, s4):
        back = json.loads(s)
        assert back == (list(d) if isinstance(d, tuple) else d) or isinstance(d, list), (s, back)
    print(repr(json.loads(s1)))

print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n', 'z': 's'}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({'b': 1, 'a': [1, {'d': 1, 'c': 2}]}, sort_keys=True, indent='\t'))
print(json.dumps([1, {'a': 2}], indent=0))
print(json.dumps({(1, 2): 3, 'a': 1, frozenset(): 4}, skipkeys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
print(json.dumps({float('inf'): 1, float('nan'): 2}))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))

class MyInt(int):
    def __repr__(self): return 'MyInt!'
class MyFloat(float):
    def __repr__(self): return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1), {MyInt(3): MyStr('v'), MyFloat(1.5): 0}]))
print(json.dumps([True, False], default=str), json.dumps(1 == 1))

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('nope')
print(json.dumps([Point(1, 2), {3, 1, 2}, {'p': Point(0, Point(5, 6))}], default=enc))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(E().encode([1j, {'c': 2 + 3j}]), json.dumps(1 + 2j, cls=E))

def err(f):
    try:
        r = f()
        print('no error', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: json.dumps({1, 2}))
err(lambda: json.dumps({'a': object}))
err(lambda: json.dumps({(1, 2): 3}))
err(lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
err(lambda: json.dumps(float('nan'), allow_nan=False))
err(lambda: json.dumps([float('inf')], allow_nan=False))
err(lambda: json.dumps({float('-inf'): 1}, allow_nan=False))
l = []; l.append(l)
err(lambda: json.dumps(l))
d = {}; d['self'] = d
err(lambda: json.dumps(d))
err(lambda: json.dumps([Point(1, 2)], default=lambda o: o))
err(lambda: json.dumps(l, check_circular=False) if False else 'skipped')
deep = [1]
for i in range(5000):
    deep = [deep]
err(lambda: json.dumps(deep))
err(lambda: json.loads('[' * 5000 + ']' * 5000))
err(lambda: json.loads('{"a":' * 5000 + '1' + '}' * 5000))
err(lambda: _json.encode_basestring_ascii(1))
err(lambda: _json.encode_basestring(b'x'))
err(lambda: _json.scanstring(1, 0))
err(lambda: _json.make_encoder(1, None, None, None, ':', ',', 0, 0, 0))
err(lambda: _json.make_encoder(None, None, None, None, 1, ',', 0, 0, 0))
err(lambda: _json.make_encoder(None, None, lambda s: 5, None, ':', ',', 0, 0, 0)(['a'], 0))
err(lambda: _json.make_encoder(None, None, _json.encode_basestring_ascii, None, ':', ',', 0, 0, 0)([1, 'a', {'k': (2,)}], 0))
err(lambda: _json.make_encoder({}, str, lambda s: '<' + s + '>', None, '=', ';', 1, 0, 1)({'b': 1, 'a': [object]}, 0) is not None)
err(lambda: _json.make_scanner(1))
print(_json.encode_basestring_ascii('a\x7f\u00e9\U0001d11e"\\\n\x00'), _json.encode_basestring('a\x7f\u00e9\U0001d11e"\\\n\x00\x1f'))
print(repr(_json.make_encoder), repr(_json.make_scanner))

print(json.loads('{"a": 1, "b": [1, 2, {"c": null}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=OrderedDict, object_hook=lambda d: 'unused'))
print(json.loads('[1.5, 2, 1e2, -0]', parse_float=Decimal, parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('"\\ud834\\udd1e \\u00e9 \\"q\\" \\/ \\b\\f\\n\\r\\t"'))
print(json.loads('["a\tb"]', strict=False), json.loads('{"k\\u0041": "\\u0042"}'))
keys = json.loads('[{"same": 1}, {"same": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
print(json.loads('  \n [ 1 , 2 ] \n '), json.loads('123456789012345678901234567890'), json.loads('-1.5e-3'))
print(json.JSONDecoder().raw_decode('  [1] xx', 2), json.JSONDecoder().raw_decode('{"a":1}rest'))
sc = decoder.JSONDecoder().scan_once
for args in [('[1]', 0), ('[1]', 1), ('x', 0), ('1', 5), ('1', -1), ('[1,]', 0), ('"\U0001F40D", 7', 3), ('\U0001F40D 1', 2)]:
    try: print(sc(*args))
    except StopIteration as e: print('StopIteration', e.value)
    except Exception as e: print(type(e).__name__, e)
for args in [('"abc"', 1), ('"abc"', 0), ('abc', 10), ('abc', -1), ('"ab', 1), ('x"a\\nb"y', 2), ('"\U0001F40D\\n" z', 1), ('"a\x01"', 1, False)]:
    try: print(decoder.scanstring(*args))
    except Exception as e: print(type(e).__name__, e)
err(lambda: json.loads('"\U0001F40D\U0001F40D\\x"'))
err(lambda: json.loads('["\U0001F40D", 1 2]'))
err(lambda: json.loads(b'[1]'))
err(lambda: json.loads(bytearray(b'{"a": 2}')))
err(lambda: json.loads(1))
import json
bad = ['', ' ', '[', '[1', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}', '{"a":1', '{"a":1,', '{"a":1 "b":2}', '{1:2}', '{"a":1,}', '[1,]', '"abc', '"a\x01b"', '"a\\qb"', '"\\u12"', '"\\u12G4"', '"\\ud800\\u12"', '"\\x41"', 'nul', 'tru', 'fals', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '.5', 'NaN1', '[NaN, Infinity, -Infinity]', '1 2', '[1]x', '{"a":1}}', '\n\n  [1,\n  2,\n  x]', '"\\', '"abc\\"', '["a", "b" "c"]', '{"a":[1,{"b":}]}', '\ufeff[]', '[\n]', '  {  "a"  :  1  ,  "b"  :  [  ]  }  ', 'Infinity', '-Infinity', '-Infinityx', 'infinity', '"\\uDFFF"', '"\\uD834\\uDD1E"', '"\\ud834x"', '[1e400, -1e400, 1e-400]', '123456789012345678901234567890', '-0', '-0.0', '0.1e-2', '1E5', '[true,false,null]', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u4e2d"']
for s in bad:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['"a\tb"', '"a\nb"', '{"a\tb": 1}']:
    print(repr(json.loads(s, strict=False)))
import json.decoder as d
for args in [('"abc"', 1), ('"abc"', 0), ('abc', 10), ('abc', -1), ('"ab', 1), ('x"a\\nb"y', 2)]:
    try: print(d.scanstring(*args))
    except Exception as e: print(type(e).__name__, e)
sc = d.JSONDecoder().scan_once
for args in [('[1]', 0), ('[1]', 1), ('x', 0), ('1', 5), ('1', -1)]:
    try: print(sc(*args))
    except StopIteration as e: print('StopIteration', e.value)
    except Exception as e: print(type(e).__name__, e)
print(d.JSONDecoder().raw_decode('  [1] xx', 2))
