class L(list):
    def __len__(self): return 42
class S(str):
    def __len__(self): return 7
class T(set):
    def __len__(self): return 3
    def __contains__(self, x): return x == "magic"
print(len(L([1])), len(S("ab")), len(T({1,2,3,4})), "magic" in T(), 1 in T({1}), len({1,2}), len(frozenset([1])), 2 in {2}, [] in frozenset() if False else 0)
try:
    [] in {1}
except TypeError as e: print(e)
def f(a, b):
    c = a
    return a + b + c, b.real, a.imag
print(f(1, 2))
try:
    def g(): 
        x = 1
        del x
        return x + x
    g()
except UnboundLocalError as e: print(e)
print(1 << 62, 1 << 63, -1 << 63, (1 << 64) >> 32, 5 >> 70, -5 >> 70, (2 ** 70) & 0xFFFF, (2 ** 70) | 1, (2 ** 70) ^ 3)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
state = 12345
for _ in range(5):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    print(state >> 32, state % 1000, state // 7)
