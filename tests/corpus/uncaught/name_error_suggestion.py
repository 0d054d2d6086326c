# CPython 3.11 appends "Did you mean" suggestions to an uncaught NameError's last line.

def summarize(values):
    total = sum(values)
    count = len(values)
    print("total", total, "count", count)
    return totl / count

summarize([4, 8, 15])
