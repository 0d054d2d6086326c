# sys.exit with a string: printed to stderr, exit status 1.
import sys

REQUIRED = ("name", "version")

def validate(config):
    missing = [k for k in REQUIRED if k not in config]
    if missing:
        sys.exit(f"fatal: missing keys {', '.join(missing)}")
    return True

print(validate({"name": "a", "version": 1}))
try:
    validate({})
except SystemExit as e:
    print("intercepted:", e.code)

try:
    validate({"version": 2})
finally:
    print("finally blocks run during sys.exit")
print("not reached")
