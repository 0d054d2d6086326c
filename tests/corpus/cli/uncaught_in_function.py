# An uncaught exception raised several calls deep exits with status 1
def parse(line):
    key, value = line.split("=")
    return key.strip(), value.strip()

def load(lines):
    result = {}
    for line in lines:
        k, v = parse(line)
        result[k] = v
        print("loaded", k)
    return result

try:
    parse("x=1=2")
except ValueError as e:
    print("handled:", e)
print("first load:")
print(load(["a = 1", "b = 2"]))
print(load(["c = 3", "broken line", "d = 4"]))
