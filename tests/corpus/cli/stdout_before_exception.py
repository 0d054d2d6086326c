# Output printed before an uncaught exception is kept
import sys
print("start of program")
print("partial line without newline... ", end="")
print("completed")
print("a warning on stderr", file=sys.stderr)
squares = [n * n for n in range(5)]
print("squares", squares)
def show(label, values):
    print(label + ":", ", ".join(str(v) for v in values))

show("evens", [n for n in range(10) if n % 2 == 0])
show("words", "every line so far stays in stdout".split())
records = ["3", "7", "x", "9"]
total = 0
for r in records:
    print("processing", r)
    total += int(r)
    print("running total", total)
print("unreachable", total)
print("also unreachable")
