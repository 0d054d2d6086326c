# marshal round trips of code objects, and the cache-file names importlib derives
import marshal
import importlib.util
import sys

src = '''
def f(a, b=2.5, *args, c=3j, **kw):
    """doc"""
    def g():
        return a, c
    return g(), [x * 2 for x in args], {k: v for k, v in kw.items()}, b"\\x00", ..., 10 ** 30

class K:
    def m(self):
        yield from range(3)

result = f(1, 2, 3, 4, z=5), list(K().m())
'''
code = compile(src, "<marshalled>", "exec")
data = marshal.dumps(code)
print(type(data).__name__, len(data) > 0)
copy = marshal.loads(data)
print(type(copy).__name__, copy.co_filename, copy.co_name, len(copy.co_consts) == len(code.co_consts))
ns = {}
exec(copy, ns)
print(ns["result"])
print(ns["f"].__doc__, ns["f"].__code__.co_varnames, ns["f"].__code__.co_argcount)

# inside containers, and with every marshal version
both = marshal.loads(marshal.dumps((code, [code], {"k": code})))
print([type(x).__name__ for x in both])
for version in range(5):
    ns = {}
    exec(marshal.loads(marshal.dumps(code, version)), ns)
    print(version, ns["result"][0] == ns["f"](1, 2, 3, 4, z=5), ns["result"][0][0])

# a truncated code object is an error, as for any marshal data
for i, cut in enumerate((1, 5, len(data) // 2, len(data) - 1)):
    try:
        marshal.loads(data[:cut])
        print(i, "loaded")
    except (EOFError, ValueError) as e:
        print(i, type(e).__name__)

# the cache file name follows the implementation's cache tag (CPython's is cpython-311)
tag = sys.implementation.cache_tag
cached = importlib.util.cache_from_source("/lib/pkg/mod.py")
print(cached == "/lib/pkg/__pycache__/mod." + tag + ".pyc")
print(importlib.util.source_from_cache(cached))
