# Literal patterns: numbers, strings, None/True/False, and equality vs identity.

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary unit"
        case -2 + 3j:
            return "complex literal"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return f"other: {x!r}"

values = [0, 0.0, False, 1, True, 1.0, 3, -1, 2.5, 1j, -2 + 3j, "", "y", "no", b"raw", None, [], "0"]
for v in values:
    print(f"{v!r:>10} -> {describe(v)}")

# True/False/None match by identity: 1 does not match True
def strict(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
    return "neither"
print(strict(True), strict(1), strict(1.0))

class AlwaysEqual:
    def __eq__(self, other):
        return True
match AlwaysEqual():
    case 42:
        print("literal uses ==, so AlwaysEqual matches 42")

match "multi" "part":
    case "multipart":
        print("implicit concatenation in subject")
match -0.0:
    case 0:
        print("-0.0 matches 0")
