# input() reading lines from stdin
name = input()
print("Hello,", name)
count = int(input("How many? "))
numbers = []
for _ in range(count):
    numbers.append(int(input()))
print("sum:", sum(numbers), "max:", max(numbers))
line = input()
words = line.split()
print(len(words), words[::-1])
raw = input()
print(repr(raw), repr(raw.strip()))
empty = input()
print("empty line ->", repr(empty))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOFError:", repr(str(e)))
        break
print(rest)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
