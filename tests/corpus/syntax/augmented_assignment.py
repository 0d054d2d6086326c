# Augmented assignment: in-place on mutables, rebinding on immutables,
# and single evaluation of the target's subexpressions.

nums = [1, 2]
alias = nums
nums += [3]
print(nums, alias, nums is alias)

t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)

s = "ab"
s *= 3
print(s)

n = 10
steps = []
for op in ["-= 3", "*= 4", "//= 3", "%= 5", "**= 3", "<<= 2", ">>= 1", "|= 1", "&= 0xff", "^= 0b101"]:
    exec(f"n {op}")
    steps.append(n)
print(steps)

f = 7.0
f /= 2
print(f)

# Subscript and attribute targets are evaluated once
log = []
class Box:
    def __init__(self):
        self.items = [10, 20, 30]
box = Box()

def get_box():
    log.append("get_box")
    return box

def index():
    log.append("index")
    return 1

get_box().items[index()] += 5
print(box.items, log)

counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
    if word.endswith("at"):
        counts.setdefault("rhymes", 0)
        counts["rhymes"] += 1
print(sorted(counts.items()))

# += on a list inside a tuple: mutates and then raises
pair = ([1], 2)
try:
    pair[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(pair)

class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, other):
        self.total += other
        print("iadd", other)
        return self

a = Acc()
b = a
a += 5
a += 7
print(a is b, a.total)
