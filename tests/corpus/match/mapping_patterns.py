# Mapping patterns: required keys, extra keys ignored, **rest, nested mappings.

events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "Enter", "mods": ["ctrl"]},
    {"type": "key", "key": "a"},
    {"type": "resize", "size": {"w": 800, "h": 600}, "dpi": 2},
    {"type": "scroll", "delta": -3, "source": "wheel", "smooth": True},
    {"kind": "unknown"},
    {"type": "click", "x": "bad"},
]

def handle(event):
    match event:
        case {"type": "click", "x": int(x), "y": int(y)}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": k, "mods": [*mods]}:
            return f"key {k} with {'+'.join(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": "resize", "size": {"w": w, "h": h}, **others}:
            return f"resize {w}x{h}, other keys {sorted(others)}"
        case {"type": "scroll", **rest}:
            return f"scroll, rest={dict(sorted(rest.items()))}"
        case {"type": t}:
            return f"malformed {t} event"
        case {}:
            return "not an event"

for e in events:
    print(handle(e))

class Lookup(dict):
    def __missing__(self, key):
        return "default"
match Lookup(a=1):
    case {"b": v}:
        print("matched missing key?", v)
    case {"a": v}:
        print("mapping patterns use get(), not __missing__; a =", v)

match {1: "int key", -2.5: "float key", None: "none key", True: "ignored"}:
    case {1: a, -2.5: b, None: c}:
        print(a, b, c)

match [("k", 1)]:
    case {"k": _}:
        print("list matched mapping?")
    case _:
        print("a list of pairs is not a mapping")

match {"a": 1, "b": 2}:
    case {"a": 1, **rest} if not rest:
        print("only a")
    case {"a": 1, **rest}:
        print("a plus", rest)
