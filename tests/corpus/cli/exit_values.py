# sys.exit with a non-int, non-string object prints its str to stderr and exits 1
import sys

class Status:
    def __str__(self):
        return "custom status object"

for value in [0, True, False, "msg", [1, 2]]:
    try:
        sys.exit(value)
    except SystemExit as e:
        print(repr(value), "->", repr(e.code))
try:
    raise SystemExit(Status())
except SystemExit as e:
    print("object code:", str(e.code), type(e.code).__name__)
print("stderr receives the text, exit status is 1")
print("about to exit with an object")
sys.stdout.flush()
sys.exit(Status())
