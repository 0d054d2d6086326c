# sys.exit with an integer code; finally blocks still run
import sys

def main(args):
    total = 0
    for a in args:
        total += a
    print("total", total)
    if total > 10:
        return 3
    return 0

print("small input returns", main([1, 2]))
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
code = main([4, 5, 6])
print("exiting with", code)
try:
    sys.exit(code)
finally:
    print("finally runs before exit")
print("never printed")
