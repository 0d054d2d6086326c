# sys.exit with an integer code: no traceback, exit status is the code.
import sys

def validate(args):
    errors = []
    for position, arg in enumerate(args):
        if not arg.isdigit():
            errors.append((position, arg))
    return errors

def main(args):
    errors = validate(args)
    print("checked", len(args), "arguments")
    for position, arg in errors:
        print(f"  argument {position}: {arg!r} is not a number")
    return 3 if errors else 0

print("clean run returns", main(["1", "2"]))
status = main(["1", "22", "x3", "4", "-5"])
print("exiting with", status)
sys.exit(status)
print("not reached")
