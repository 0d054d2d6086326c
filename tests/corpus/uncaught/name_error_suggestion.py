# CPython 3.11 appends "Did you mean" suggestions to an uncaught NameError's last line.


def summarize(values):
    total = sum(values)
    count = len(values)
    print("total", total, "count", count)
    return totl / count

def safe(values):
    try:
        return summarize(values)
    except NameError as e:
        # str(e) has no suggestion; only the printed traceback does
        print("caught:", e)
        return None

print(safe([1, 2]))
print("now without a handler")
summarize([4, 8, 15])
