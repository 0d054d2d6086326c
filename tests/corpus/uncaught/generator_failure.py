# An exception raised inside a generator propagates out of the consuming loop.

def readings(raw):
    for i, text in enumerate(raw):
        value = float(text)
        if value < 0:
            raise ArithmeticError(f"negative reading #{i}: {value}")
        yield value

total = 0.0
for r in readings(["1.5", "2.25", "-0.5", "4"]):
    total += r
    print("running total", total)
