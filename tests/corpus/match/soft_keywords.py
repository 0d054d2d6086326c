# 'match' and 'case' are soft keywords; the subject is evaluated once; no case may match.

match = [1, 2, 3]
case = "still a name"
print(match, case)

def match(pattern, text):
    return pattern in text
print(match("ell", "hello"))
match = {"case": 1}
print(match["case"])

calls = 0
def subject():
    global calls
    calls += 1
    return ("cmd", calls)

match subject():
    case ("other", _):
        print("no")
    case ("cmd", 2):
        print("no")
    case ("cmd", n):
        print("subject evaluated", calls, "time(s); n =", n)

result = "unchanged"
match 5:
    case 1 | 2:
        result = "small"
print("no case matched:", result)

match 1, 2:
    case (a, b):
        print("tuple subject without parentheses:", a, b)

match *[1, 2], 3:
    case [*_, last]:
        print("star in subject, last =", last)

for value in [[], [0], [0, 0, 0, 0]]:
    match value:
        case [*_]:
            print("*_ matches any length:", len(value))

class Status:
    OK = 200
    NOT_FOUND = 404
for code in (200, 404, 500):
    match code:
        case Status.OK:
            print(code, "ok")
        case Status.NOT_FOUND:
            print(code, "not found")
        case int(other) if 500 <= other < 600:
            print(code, "server error")

match (x := 10) * 2:
    case 20:
        print("walrus in subject, x =", x)
print(case)
