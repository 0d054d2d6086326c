# Guards (evaluated only after the pattern matches) and value patterns (dotted names).

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    LOW = 10
    HIGH = 100

log = []
def check(label, result):
    log.append(label)
    return result

def judge(reading):
    match reading:
        case (Color.RED, level) if check(f"guard1 {level}", level > Limits.HIGH):
            return "red alert"
        case (Color.RED, level) if check(f"guard2 {level}", level > Limits.LOW):
            return "red warning"
        case (Color.GREEN | Color.BLUE, _):
            return "calm"
        case (str() as c, _) if check(f"guard3 {c}", True):
            return f"unknown color {c}"
        case _:
            return "malformed"

for r in [("red", 150), ("red", 50), ("red", 5), ("green", 1000), ("purple", 1), 42]:
    log.clear()
    print(f"{r!r:<16} {judge(r):<18} guards run: {log}")

# A bare name is a capture pattern, a dotted name is a value pattern
RED = "red"
match "blue":
    case Color.RED:
        print("dotted name compared with ==: no")
    case RED:
        print("bare RED is a capture pattern, now RED =", RED)

# Guards can reference captured names and outer state
limit = 3
for n in range(6):
    match n:
        case x if x < limit:
            kind = "below"
        case x if x == limit:
            kind = "at"
        case _:
            kind = "above"
    print(n, kind, end="; ")
print()

# Guard exceptions propagate out of the match statement
try:
    match 0:
        case x if 1 / x:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# Value patterns look up the attribute at match time
class Mode:
    CURRENT = "fast"
for setting in ("fast", "slow"):
    match "slow":
        case Mode.CURRENT:
            print("mode is", Mode.CURRENT, "-> matched slow")
        case _:
            print("mode is", Mode.CURRENT, "-> no match")
    Mode.CURRENT = "slow"
