# re: a tokenizer with named groups and lastgroup, verbose patterns, and a scanner loop.
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[^\W\d]\w*)
  | (?P<STRING>"(?:[^"\\\n]|\\.)*")
  | (?P<OP>\*\*|//|[-+*/%()=<>!]=?|[,:])
  | (?P<NEWLINE>\n)
  | (?P<SKIP>[ \t]+|\#[^\n]*)
  | (?P<MISMATCH>.)
""", re.VERBOSE)


def tokenize(code):
    line = 1
    for m in TOKEN.finditer(code):
        kind = m.lastgroup
        value = m.group()
        if kind == "NEWLINE":
            line += 1
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            yield ("ERROR", value, line)
        else:
            yield (kind, value, line)


src = 'x = 3.5e2 ** 2 # square\nif x >= 10: print("big \\"x\\"", x // 7)\n\u00e9t\u00e9 = 1 $'
for tok in tokenize(src):
    print(tok)

words = re.compile(r"[A-Za-z']+")
counts = {}
for w in words.findall("It's the end of the world as we know it, and I feel fine. The END!"):
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
print(sorted(counts.items()))

kv = re.compile(r"(?P<k>\w+)=(?P<v>\"[^\"]*\"|\S+)")
print({m["k"]: m["v"].strip('"') for m in kv.finditer('a=1 name="Ada Lovelace" flag=yes')})

date = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
print([m.groupdict() for m in date.finditer("from 2020-02-29 to 2021-03-01")])
print(date.sub(lambda m: "{d}.{m}.{y}".format(**m.groupdict()), "due 2024-06-30."))
csv = '1,"two, three",,"say ""hi"""'
print([f.replace('""', '"').strip('"') for f in re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)', csv)])
