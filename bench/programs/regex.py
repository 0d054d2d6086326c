"""Regex workload: generate a log-like text, then search it with a handful of
typical patterns (alternation, character classes, groups, backreferences,
lookahead), substitute with a function, and split."""
import re

import _harness

PATTERNS = [
    r"\b\d{1,3}(?:\.\d{1,3}){3}\b",                 # IPv4-ish addresses
    r"[\w.+-]+@[\w-]+\.[\w.]+",                      # e-mail addresses
    r"\b(GET|POST|PUT|DELETE) (/[\w/.-]*)",          # requests
    r"\b(\w+) \1\b",                                  # doubled words
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}",          # timestamps
    r"(?i)error|warn(?:ing)?",                        # case-insensitive alternation
    r"\b[A-Z][a-z]+(?=,)",                            # capitalised word before a comma
    r"\"([^\"\\]|\\.)*\"",                            # quoted strings with escapes
]


def make_text(lines):
    rng = _harness.Random(7)
    methods = ["GET", "POST", "PUT", "DELETE"]
    words = ["the", "quick", "brown", "fox", "error", "Warning", "jumps", "over",
             "lazy", "dog", "Paris,", "London,", "is", "is", "ok"]
    out = []
    for i in range(lines):
        out.append("%04d-%02d-%02dT%02d:%02d:%02d %d.%d.%d.%d %s /api/v%d/items/%d user%d@example.org "
                   "\"msg \\\"%d\\\"\" %s %s %s" % (
                       2000 + rng.randint(0, 30), rng.randint(1, 12), rng.randint(1, 28),
                       rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                       rng.randint(1, 255), rng.randint(0, 255), rng.randint(0, 255),
                       rng.randint(0, 255), rng.choice(methods), rng.randint(1, 3), i,
                       rng.randint(1, 99), i, rng.choice(words), rng.choice(words),
                       rng.choice(words)))
    return "\n".join(out)


def run(lines):
    text = make_text(lines)
    checksum = 0
    for pattern in PATTERNS:
        regex = re.compile(pattern)
        matches = regex.findall(text)
        checksum = (checksum * 31 + len(matches)) % 1000000007
        for m in regex.finditer(text):
            checksum = (checksum + m.start() * 7 + m.end()) % 1000000007
    masked = re.sub(r"\d+", lambda m: "#" * len(m.group()), text)
    checksum = (checksum + masked.count("#")) % 1000000007
    fields = re.split(r"[\s/]+", text)
    checksum = (checksum + len(fields)) % 1000000007
    return checksum


SIZES = {"tiny": 50, "normal": 3000}
EXPECTED = {"tiny": 570836487, "normal": 254813886}

if __name__ == "__main__":
    _harness.main("regex", run, SIZES, EXPECTED)
