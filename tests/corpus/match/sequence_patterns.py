# Sequence patterns with fixed length, star captures and nesting.

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first} middle={middle} last={last}"
        case [_, _, *rest]:
            return f"long, rest has {len(rest)}"

for s in [[], [1], (1, 2), [1, 2, 3], range(5), [1, 2, 3, 4, 5, 6]]:
    print(repr(s), "->", shape(s))

# str, bytes and bytearray are never sequence matches
for s in ["ab", b"ab", bytearray(b"ab"), ["a", "b"]]:
    match s:
        case [a, b]:
            print(repr(s), "matched as sequence", a, b)
        case _:
            print(repr(s), "not a sequence pattern match")

def route(path):
    match path.strip("/").split("/"):
        case [""]:
            return "home"
        case ["users"]:
            return "user list"
        case ["users", uid] if uid.isdigit():
            return f"user {int(uid)}"
        case ["users", uid, "posts", *rest]:
            return f"posts of {uid}, extra={rest}"
        case ["static", *parts] if parts:
            return "file " + "/".join(parts)
        case _:
            return "404"

for p in ["/", "/users", "/users/42", "/users/abc", "/users/7/posts", "/users/7/posts/3/edit",
          "/static/css/site.css", "/static"]:
    print(f"{p:<24} {route(p)}")

points = [(0, 0), (3, 0), (0, -2), (1, 1), [2, 2], (1, 2, 3)]
for pt in points:
    match pt:
        case (0, 0):
            print("origin")
        case (x, 0):
            print(f"on x axis at {x}")
        case (0, y):
            print(f"on y axis at {y}")
        case [x, y] if x == y:
            print(f"on diagonal at {x}")
        case (x, y, *_):
            print(f"other point {x},{y} (len {len(pt)})")

match [1, [2, [3, 4]]]:
    case [a, [b, [*cs]]]:
        print("nested:", a, b, cs)
match (1, 2, 3):
    case (*init, 3):
        print("star first:", init)
