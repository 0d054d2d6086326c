# json round trips with non-ASCII text, surrogate pairs and ensure_ascii on and off.
import json

values = [
    {"name": "Gr\xfc\xdfe", "euro": "\u20ac", "emoji": "\U0001f600\U0001f4a9", "tab": "a\tb\n", "quote": '"\\'},
    ["\x00\x1f\x7f", "\u2028\u2029", "plain"],
    {"nested": {"list": [1, 2.5, -3, True, False, None], "empty": {}, "e": []}},
]
for v in values:
    a = json.dumps(v)
    b = json.dumps(v, ensure_ascii=False)
    c = json.dumps(v, indent=2, sort_keys=True, ensure_ascii=False)
    print(a)
    print(b)
    print(c)
    print(json.loads(a) == v, json.loads(b) == v, json.loads(c) == v)

print(json.dumps("\ud800"), repr(json.loads('"\\ud83d\\ude00 \\u20ac \\ud800"')))
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads('{"k": "\\u00e9"}'.encode("utf-16")))
print(json.loads('"\\ud83d\\ude00"'.encode("utf-32-be")))
try:
    json.loads('"\\uZZZZ"')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
