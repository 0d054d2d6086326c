# sys.exit() and SystemExit(None) mean success; handlers can intercept SystemExit.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("intercepted SystemExit with code", e.code, "args", e.args)

try:
    sys.exit("message")
except SystemExit as e:
    print("string code:", repr(e.code))

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

def shutdown():
    print("shutting down cleanly")
    raise SystemExit(None)

try:
    shutdown()
except Exception:
    print("SystemExit is not an Exception, so this never prints")
finally:
    print("finally still runs")
print("not reached")
