# sys.exit with a string prints it to stderr and exits with status 1
import sys

def validate(config):
    missing = [k for k in ("host", "port") if k not in config]
    if missing:
        sys.exit("error: missing keys: " + ", ".join(missing))
    return True

try:
    validate({})
except SystemExit as e:
    print("caught:", repr(e.code))
print("stdout keeps going after the caught exit")
def describe(cfg):
    return ", ".join(f"{k}={v}" for k, v in cfg.items())

print(describe({"host": "h", "port": 1}))
print("checking first config")
print(validate({"host": "h", "port": 1}))
print("checking second config")
validate({"user": "x"})
print("unreachable")
