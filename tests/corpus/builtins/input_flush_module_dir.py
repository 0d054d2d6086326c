# input() ignores failing flush() of sys.stdout/sys.stderr; dir() of a module whose
# __dict__ is no dict is a TypeError.
import io
import sys
import types


class BitBucket:
    def write(self, line):
        pass


saved = sys.stdout, sys.stdin
sys.stdout = BitBucket()
sys.stdin = io.StringIO("first\nsecond")
a = input()
b = input("prompt")
sys.stdout, sys.stdin = saved
print(a, b)


class Foo(types.ModuleType):
    __dict__ = 8


try:
    dir(Foo("foo"))
except TypeError as e:
    print("TypeError", e)
