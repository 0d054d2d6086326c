# Or-patterns, as-patterns, capture and wildcard, and binding rules.

def classify(token):
    match token:
        case "+" | "-" as op:
            return f"additive {op}"
        case "*" | "/" | "//" | "%" as op:
            return f"multiplicative {op}"
        case ("(" | "[" | "{") as opener:
            return f"open {opener}"
        case int() | float() as number:
            return f"number {number}"
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return f"move {axis} by {amount}"
        case (str() as name) if name.isidentifier():
            return f"name {name}"
        case other:
            return f"unknown {other!r}"

for t in ["+", "-", "//", "(", 3, 2.5, ["x", 4], ["z", 4], ["y", "4"], "total", "9lives"]:
    print(f"{t!r:>10} -> {classify(t)}")

# Alternatives that bind the same name in different positions
for pair in [(1, "a"), ("b", 2), ("c", "d")]:
    match pair:
        case (int(n), str(s)) | (str(s), int(n)):
            print("mixed pair:", n, s)
        case (a, b):
            print("other pair:", a, b)

# Capture patterns always match, wildcard never binds
match {"k": 1}:
    case {"k": _}:
        print("wildcard matched; '_' bound?", "_" in dir())

match 42:
    case value:
        print("irrefutable capture bound value =", value)

# The as-target is bound even when a later guard fails
match [1, 2]:
    case [1, _] as whole if False:
        pass
    case _:
        print("whole after failed guard:", whole)

# Or-pattern of literals and nested or inside sequence
for cmd in [["go", "north"], ["go", "up"], ["walk", "east"], ["fly", "west"]]:
    match cmd:
        case [("go" | "walk") as verb, ("north" | "south" | "east" | "west") as direction]:
            print(f"{verb} {direction}")
        case [verb, direction]:
            print(f"can't {verb} {direction}")
