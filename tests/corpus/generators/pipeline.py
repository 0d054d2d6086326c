# A lazy text-processing pipeline built from generators; prints show laziness.

LOG = """\
INFO start server
WARN disk 81%
INFO request /index
ERROR timeout /api
INFO request /about
ERROR refused /db
WARN disk 93%"""

def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        print(f"  read line {number}")
        yield number, line

def parse(lines):
    for number, line in lines:
        level, _, message = line.partition(" ")
        yield {"n": number, "level": level, "msg": message}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

errors = only("ERROR", parse(read_lines(LOG)))
print("pipeline built, nothing read yet")
first = next(errors)
print("first error:", first)
for r in take(1, errors):
    print("next error:", r)
print("rest:", list(errors))

def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(10), 4)))
print(list(chunks([], 3)))

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(running_total([5, -2, 10, 1])))
g = running_total(iter([1, 2]))
print(iter(g) is g, next(g), next(g), next(g, "done"))

def pairs(it):
    it = iter(it)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs("abcde")))
