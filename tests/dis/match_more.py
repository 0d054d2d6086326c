def area(shape):
    match shape:
        case Circle(radius=r) if r > 0:
            return 3.14 * r * r
        case Rect(w, h):
            return w * h
        case {"type": "square", "side": s, **rest} if not rest:
            return s * s
        case [x, y] | (y, x, _):
            return x - y
        case [*all_items]:
            return len(all_items)
        case str(text) | bytes(text):
            return len(text)
        case -1 | 1.5 | "s" | b"b" | None | False:
            return 0

def simple(cmd):
    match cmd.split():
        case ["go", direction]:
            return direction
        case ["quit"]:
            return None
        case other:
            return other
