# Subscription and slicing syntax, including extended slices and slice objects.

s = "abcdefghij"
print(s[2], s[-1], s[2:5], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
nums = list(range(10))
print(nums[slice(2, 8, 3)], nums[slice(None, None, -4)])
nums[2:5] = ["x"]
print(nums)
nums[::3] = "ABC"
print(nums)
nums[:0] = [-1, -2]
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[:, 1], r[..., ::2], r[1, 2, 3], r[()], r[:])
print(r["a":"b"], r[::], r[len("ab"):].start)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(6))
print(slice(None, None, -1).indices(5))

grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in grid[1:3]])
t = (0, 1, 2, 3, 4)
print(t[1:-1], t[::-2])
d = {(1, 2): "tuple key", 3: "int key"}
print(d[1, 2], d[(3)])
b = b"bytes!"
print(b[0], b[1:3], b[-1:])
