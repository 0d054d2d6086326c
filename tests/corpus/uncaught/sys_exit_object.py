# sys.exit with a non-int, non-None object prints its str() and exits with 1.
import sys

def check(results):
    failures = [name for name, ok in results if not ok]
    print(len(results) - len(failures), "passed")
    if failures:
        sys.exit(failures)

check([("parse", True), ("eval", False), ("print", False)])
