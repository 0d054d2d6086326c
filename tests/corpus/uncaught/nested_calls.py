# A config parser that fails deep inside nested calls; the ValueError is not caught.

CONFIG = """\
name = demo
workers = 4
timeout = 30s
"""

def parse_value(key, raw):
    if key in ("workers", "timeout"):
        return int(raw)
    return raw

def parse_line(line):
    key, _, raw = line.partition("=")
    key, raw = key.strip(), raw.strip()
    print(f"parsing {key!r}")
    return key, parse_value(key, raw)

def parse(text):
    result = {}
    for line in text.splitlines():
        key, value = parse_line(line)
        result[key] = value
    return result

print(parse(CONFIG))
print("not reached")
