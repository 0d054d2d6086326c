# Dumps what CPython 3.11's C tokenizer (tokenize._generate_tokens_from_c_tokenizer,
# the real Parser/tokenizer.c over str input) produces for each file named on stdin
# (one path per line). Output, per file:
#   FILE <path>
#   <kind> <line> <col> <end line> <end col> <escaped text>    one line per token
#   END                      the tokenizer stopped at ENDMARKER or a deferred error
#   ERR <type>|<msg>|<lineno>|<offset>|<end_lineno>|<end_offset>|<escaped text>
#   SKIP <reason>            the file could not be decoded
# kinds: N name, U number, S string, L newline, I indent, D dedent, O operator.
# Escaping: backslash, newline and carriage return as \\ \n \r.
import io
import sys
import token
import tokenize

KINDS = {token.NAME: 'N', token.NUMBER: 'U', token.STRING: 'S', token.NEWLINE: 'L',
         token.INDENT: 'I', token.DEDENT: 'D',
         # 3.11's C tokenizer types async/await as ASYNC/AWAIT; Taipan keeps them NAMEs
         token.ASYNC: 'N', token.AWAIT: 'N'}


def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r')


def main():
    out = sys.stdout
    for path in sys.stdin.read().split('\n'):
        if not path:
            continue
        out.write('FILE %s\n' % path)
        with open(path, 'rb') as f:
            raw = f.read()
        try:
            enc, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
            text = raw.decode(enc)
        except (SyntaxError, UnicodeDecodeError, LookupError) as e:
            out.write('SKIP %s\n' % type(e).__name__)
            continue
        if text.startswith('\ufeff'):
            text = text[1:]
        try:
            for t in tokenize._generate_tokens_from_c_tokenizer(text):
                out.write('%s %d %d %d %d %s\n' % (KINDS.get(t.type, 'O'), t.start[0], t.start[1],
                                                   t.end[0], t.end[1], esc(t.string)))
            out.write('END\n')
        except SyntaxError as e:
            out.write('ERR %s|%s|%s|%s|%s|%s|%s\n' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                      e.end_lineno, e.end_offset, esc(e.text or '')))


main()
