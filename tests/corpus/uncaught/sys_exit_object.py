# sys.exit with a non-int, non-None object prints its str() and exits with 1.
import sys

def run_checks(checks):
    results = []
    for name, func in checks:
        try:
            results.append((name, bool(func())))
        except Exception as e:
            print(f"  {name} raised {type(e).__name__}")
            results.append((name, False))
    return results

def check(results):
    failures = [name for name, ok in results if not ok]
    print(len(results) - len(failures), "passed,", len(failures), "failed")
    if failures:
        sys.exit(failures)

checks = [("parse", lambda: True), ("eval", lambda: 1 / 0), ("print", lambda: "")]
check(run_checks(checks[:1]))
check(run_checks(checks))
print("not reached")
