# sys.exit with an integer code: no traceback, exit status is the code.
import sys

def main(args):
    errors = [a for a in args if not a.isdigit()]
    print("checked", len(args), "arguments")
    if errors:
        print("invalid:", errors)
        return 3
    return 0

status = main(["1", "22", "x3", "4"])
print("exiting with", status)
sys.exit(status)
print("not reached")
