counter = 0

def bump():
    global counter
    counter += 1
    del counter

if any((found := x) > 2 for x in range(5)):
    print(found)

def walrus_in_function(data):
    if (n := len(data)) > 3:
        return n
    return [last := v for v in data], last
