# Raising SystemExit directly, and catching it
import sys
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("None exit code:", e.code)
try:
    sys.exit(1, 2) if False else sys.exit((1, 2))
except SystemExit as e:
    print("tuple exit code:", e.code)
try:
    raise SystemExit("text", 5)
except SystemExit as e:
    print("two args:", e.code, e.args)
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("now exiting for real")
raise SystemExit(42)
