# UTF-7: encoding, decoding with error handlers, incremental decoding
import codecs
for b in [b'+@', b'+\xc1', b'a\x80', b'+AGE', b'+AG-', b'+AGEx', b'+2AE', b'+2AE-', b'+2AHab9ze-', b'+ZeVnLIqe', b'+AB', b'+A-', b'+ABC-', b'~', b'\\', b'a+', b'+2AE\x80', b'+2AEa-', b'+2AE-x+']:
    for e in ['strict','replace','ignore']:
        try: print(b, e, repr(b.decode('utf-7', e)))
        except Exception as ex: print(b, e, type(ex).__name__, ex)
for b in [b'a+ZeV', b'a+', b'a+-', b'+ZeVnLIqe-x+2AE', b'ab+2AHab9z']:
    print(b, codecs.utf_7_decode(b, 'strict', False))
print(codecs.utf_7_encode('a\u2262'), codecs.utf_7_decode(b'+Jjo-', None, True))
print(''.join(chr(c) for c in range(128)).encode('utf-7'))
for x in ['A\u2262\u0391.', 'Hi Mom -\u263a-!', '\u65E5\u672C\u8A9E', 'Item 3 is \u00a31.', '+', '+-', '+?', r'\?', r'\\?', r'\\\?', r'++--', '\U000abcde', '/', '\uD801', '\uD801x', '\uDC01x', '\uD801\U000abcde']:
    print(repr(x), x.encode('utf-7'), x.encode('utf7').decode('u7') == x)
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+ZeVnLIqe-b'], d.decode(b'', True))
print(str(''.join(map(chr, range(1024))).encode('utf-7'), 'utf-7') == ''.join(map(chr, range(1024))))
