# An exception raised inside a generator propagates out of the consuming loop.

def readings(raw):
    for i, text in enumerate(raw):
        value = float(text)
        if value < 0:
            raise ArithmeticError(f"negative reading #{i}: {value}")
        yield value

def average(values):
    total = count = 0
    for v in values:
        total += v
        count += 1
    return total / count

print("good batch average:", average(readings(["1.5", "2.25", "3"])))

total = 0.0
for r in readings(["1.5", "2.25", "-0.5", "4"]):
    total += r
    print("running total", total)
