# Built-in classes in class patterns: int(x), str(x) and friends match the subject itself.

def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() if not value:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([int(), *_] as items):
            return f"int-led list of {len(items)}"
        case list(items):
            return f"list {items}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"id": i}):
            return f"record {i}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case set() | frozenset():
            return f"a set of size {len(value)}"
        case _:
            return f"other {type(value).__name__}"

for v in [True, -4, 7, 2.5, "", "hi", b"x", [1, "a"], ["a", 1], (1, 2), (1, 2, 3),
          {"id": 9, "n": 1}, {"n": 1}, {3, 4}, frozenset(), None, 3j]:
    print(f"{v!r:<20} {kind(v)}")

class MyInt(int):
    pass
match MyInt(5):
    case int(n):
        print("subclass of int matches int(n):", n, type(n).__name__)

def total(items):
    s = 0
    for item in items:
        match item:
            case int(n) | float(n):
                s += n
            case str(text) if text.strip().isdigit():
                s += int(text)
            case [*nested]:
                s += total(nested)
    return s
print(total([1, "2", [3.5, ["4", None]], " 5 ", "x"]))
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
