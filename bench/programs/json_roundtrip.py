"""JSON round trip: build a nested document (objects, arrays, strings with
escapes and non-ASCII text, ints, floats, booleans, null), serialise it with
json.dumps in two styles, parse it back with json.loads and compare."""
import json

import _harness


def make_document(n):
    rng = _harness.Random(42)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "caf\u00e9", "na\u00efve",
             "\u6f22\u5b57", "quote\"d", "back\\slash", "tab\there", "line\nbreak", "\U0001F40D"]
    items = []
    for i in range(n):
        items.append({
            "id": i,
            "name": rng.choice(words) + str(i),
            "score": rng.randint(0, 10000) / 64.0,
            "active": rng.randint(0, 1) == 1,
            "tags": [rng.choice(words) for _ in range(rng.randint(0, 4))],
            "parent": None if i == 0 else rng.randint(0, i - 1),
            "location": {"x": rng.randint(-1000, 1000), "y": rng.randint(-1000, 1000),
                         "label": "p%d" % i},
        })
    return {"version": 3, "title": "Taipan benchmark document", "items": items}


def run(n):
    doc = make_document(n)
    checksum = 0
    for _ in range(3):
        compact = json.dumps(doc, separators=(",", ":"), sort_keys=True)
        pretty = json.dumps(doc, indent=2, ensure_ascii=False)
        back1 = json.loads(compact)
        back2 = json.loads(pretty)
        if back1 != doc or back2 != doc:
            return "mismatch"
        checksum += len(compact) + len(pretty)
    return checksum


SIZES = {"tiny": 30, "normal": 2500}
EXPECTED = {"tiny": 39039, "normal": 3241335}

if __name__ == "__main__":
    _harness.main("json_roundtrip", run, SIZES, EXPECTED)
