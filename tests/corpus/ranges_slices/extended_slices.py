# Extended slices across sequence types
seqs = [list(range(12)), tuple(range(12)), "abcdefghijkl", b"ABCDEFGHIJKL", range(12)]
for seq in seqs:
    print(type(seq).__name__, seq[::4], seq[1::3], seq[-1::-5], seq[10:2:-3], seq[:-4:-1])
lst = list(range(12))
lst[::4] = ["x", "y", "z"]
print(lst)
lst[1::5] = "PQR"
print(lst)
del lst[::-4]
print(lst)
ba = bytearray(b"0123456789")
ba[::3] = b"----"
del ba[1::4]
print(ba)
m = list(range(6))
m[::-1] = m
print(m)
m[len(m):len(m)] = [6, 7]
print(m)
try:
    m[::2] = range(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del "abc"[::2]
except TypeError as e:
    print(type(e).__name__, e)
word = "racecar level noon python"
print([w for w in word.split() if w == w[::-1]])
print("".join(word.split()[3][i::2] for i in range(2)))
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[::-1] for row in matrix[::-1]], [row[1:3] for row in matrix[1:3]])
print(matrix[::2][::-1], [matrix[i][i] for i in range(4)][::-1])
