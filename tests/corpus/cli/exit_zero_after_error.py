# Errors handled inside the program do not affect the zero exit status
import sys
errors = 0
for text in ["12", "abc", "7.5", "", "-3"]:
    try:
        value = int(text)
        print("parsed", value)
    except ValueError as e:
        errors += 1
        print("error:", e, file=sys.stderr)
        print("skipped", repr(text))
try:
    {}["missing"]
except KeyError as e:
    errors += 1
    print("key error:", e)
finally:
    print("cleanup done")
print("errors:", errors)
sys.exit(0)
