# re: case-insensitive matching (ASCII, Unicode simple folding, special cases) and locale-free bytes.
import re

print(re.findall(r"(?i)[a-z]+", "Hello WORLD \u00e9t\u00e9"), re.findall(r"(?ia)[a-z]+", "\u212a k K"))
print(re.findall(r"(?i)k", "k K \u212a"), re.findall(r"(?i)s", "s S \u017f"), re.findall(r"(?i)[\u00e0-\u00ff]+", "\u00c9T\u00c9 \u00e9t\u00e9"))
print(re.match(r"(?i)stra\u00dfe", "STRASSE"), re.match(r"(?i)\u00df", "\u1e9e"), re.match(r"(?i)\u03c3", "\u03a3\u03c2"))
print(re.findall(r"(?i)[\u03c3]", "\u03a3\u03c3\u03c2"), re.findall(r"(?i)\u0130", "i\u0130I\u0131"))
print(re.match(r"(?i)(\w+) \1", "Hello hELLO"), re.match(r"(?i)(\w+) \1", "\u00c9t\u00e9 \u00e9T\u00c9"))
print(re.findall(rb"(?i)[a-z]+", b"Hello \xc9t\xe9"), re.findall(rb"(?i)\xe9", b"\xe9\xc9"))
print(re.findall(r"(?i)[^a-z]+", "ab12CD!!ef"), re.sub(r"(?i)colou?r", "hue", "Color COLOUR colr"))
print(re.findall(r"(?i)[\u0400-\u04ff]+", "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440"))
