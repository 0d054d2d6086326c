def classify(x, y):
    if x and y or not x:
        return 1
    elif x < y < 10:
        return 2
    elif not (x is None or y is not None):
        return 3
    r = x if x > y else y if y else 0
    return r or None

while not done():
    pass
assert a or b, f"{a}"
