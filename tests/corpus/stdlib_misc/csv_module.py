import csv, _csv
D = _csv.Dialect
tests = [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=None), dict(escapechar=1), dict(escapechar='ab'), dict(quotechar=1), dict(quotechar='ab'), dict(quotechar=None), dict(quotechar=None, quoting=1), dict(lineterminator=1), dict(lineterminator=None), dict(quoting='a'), dict(quoting=9), dict(quoting=None), dict(doublequote=0), dict(skipinitialspace=[1]), dict(strict=1), dict(bogus=1), dict(delimiter=' '), dict(delimiter='\n'), dict(escapechar='\n'), dict(quotechar='\n'), dict(lineterminator=''), dict(quoting=1.0), dict(dialect='nope'), dict(dialect='excel-tab'), dict(quoting=True), dict(delimiter='\U0001F40D')]
for t in tests:
    try:
        d = D(**t)
        print(t, [getattr(d, a) for a in ['delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict']])
    except Exception as e:
        print(t, type(e).__name__, e)
d = D()
try: d.delimiter = 'x'
except AttributeError as e: print(type(e).__name__)
print(D(d) is d, D(d, delimiter=';') is d, D('excel') is csv.get_dialect('excel'), type(d), repr(_csv.Error), _csv.Error.__mro__, _csv.__version__)
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
class W:
    def __init__(self): self.out = []
    def write(self, s):
        self.out.append(s)
        return len(s)
def show(w): print(repr(''.join(w.out)))
f = W(); w = csv.writer(f); print(w.writerow(['a\nb', 'c'])); show(f)
f = W(); w = csv.writer(f, lineterminator='!'); w.writerow(['a\nb', 'c!d', 'e\rf']); show(f)
from decimal import Decimal
for q in range(4):
    f = W(); w = csv.writer(f, quoting=q, escapechar='\\')
    w.writerow([None, 1, 2.5, True, 'x', '', 'a,b', 'q"q', 1j, 'e\\f', Decimal('1.5')])
    try: w.writerow([''])
    except csv.Error as e: print(type(e).__name__, e)
    w.writerow([])
    w.writerows([['r1', 1], ('r2', 2), iter(['r3'])])
    show(f)
    print(w.dialect.quoting, w.dialect.escapechar)
f = W(); w = csv.writer(f, doublequote=False, escapechar='$'); w.writerow(['say "hi"', 'co$t']); show(f)
f = W(); w = csv.writer(f, delimiter=';', quotechar="'"); w.writerow(["it's", 'a;b', 'a,b']); show(f)
def err(fn):
    try: print('ok', repr(fn()))
    except Exception as e: print(type(e).__name__, e)
err(lambda: csv.writer(W(), quoting=3).writerow(['a,b']))
err(lambda: csv.writer(W(), doublequote=False).writerow(['a"b']))
err(lambda: csv.writer(W()).writerow(1))
err(lambda: csv.writer(1))
err(lambda: list(csv.reader([b'a'])))
err(lambda: csv.reader(1))
print(type(csv.reader([])), type(csv.writer(W())), csv.reader, csv.writer)

def rd(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        out = list(r)
        print(out, r.line_num)
    except csv.Error as e:
        print('Error', e, r.line_num)
    except Exception as e:
        print(type(e).__name__, e)
rd(['a,b,c\r\n', '1,2,3\r\n'])
rd(['a,"b,c",d\n', '"multi\n', 'line",x\n'])
rd(['"a""b",c'])
rd(['"a"b,c'])
rd(['"a"b,c'], strict=True)
rd(['"unterminated'])
rd(['"unterminated'], strict=True)
rd(['a,b\rc,d'])
rd(['', 'a', '', 'b,'])
rd(['\r\n', ' a, b,  "c"'], skipinitialspace=True)
rd(['a\\,b,c\\\nd', 'e'], escapechar='\\')
rd(['"a\\"b",c'], escapechar='\\', doublequote=False)
rd(['1,2.5,"x",,-3e2'], quoting=csv.QUOTE_NONNUMERIC)
rd(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)
rd(['"a,b",c'], quoting=csv.QUOTE_NONE)
rd(['a\tb\tc'], dialect='excel-tab')
rd(['a;b;c'], delimiter=';')
rd(["'a;b';c"], delimiter=';', quotechar="'")
rd(['a\0b,c'])
rd(['x' * 20 + ',y'])
old = csv.field_size_limit(10)
print(old, csv.field_size_limit())
rd(['x' * 20 + ',y'])
rd(['"' + 'x' * 11 + '"'])
csv.field_size_limit(old)
err(lambda: csv.field_size_limit('a'))
err(lambda: csv.field_size_limit(1, 2))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quoting)
f = W(); csv.writer(f, 'semi').writerow(['a', 1]); show(f)
class MyDialect(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('mine', MyDialect)
rd(['a|"b|c"|d'], dialect='mine')
f = W(); csv.writer(f, MyDialect).writerow(['p|q', 'r']); show(f)
csv.unregister_dialect('semi')
err(lambda: csv.unregister_dialect('semi'))
err(lambda: csv.get_dialect('semi'))
err(lambda: csv.register_dialect(1))
class Bad(csv.Dialect):
    delimiter = 'ab'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
err(lambda: Bad())
class Bad2(csv.Dialect):
    delimiter = ','
    quotechar = '"'
    lineterminator = '\n'
    quoting = 7
err(lambda: Bad2())
r = csv.reader(['a,b'], delimiter=';')
print(r.dialect.delimiter, r.line_num, next(r), r.line_num)
err(lambda: next(r))
rows = list(csv.DictReader(['name,age', 'bob,3', 'al,4,extra', 'x']))
print(rows)
f = W(); dw = csv.DictWriter(f, ['a', 'b'], extrasaction='ignore'); dw.writeheader(); dw.writerow({'a': 1, 'c': 2}); dw.writerows([{'b': 'x,y'}]); show(f)
err(lambda: csv.DictWriter(W(), ['a']).writerow({'z': 1}))
s = csv.Sniffer()
dia = s.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(dia.delimiter, s.has_header('name,age\nbob,3\nal,4\n'))
import io
buf = io.StringIO()
w = csv.writer(buf)
w.writerows([['a', 'b,c'], ['1', 'line\nbreak'], [None, 2.5]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=''))))
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['k', 'v'], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader(); dw.writerow({'k': 'x', 'v': 1})
print(repr(buf.getvalue()), list(csv.DictReader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
print(csv.Sniffer().sniff('a|b|c\n1|2|3\n').delimiter)
