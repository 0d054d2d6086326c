# KeyError messages and key types
d = {"a": 1, 2: "two", (1, 2): "tuple", None: "none", 1.5: "float"}
for key in ["a", "missing", 2, 3, (1, 2), (2, 1), None, 1.5, "", 0]:
    try:
        print(repr(key), "->", d[key])
    except KeyError as e:
        print(repr(key), "->", type(e).__name__, e, e.args)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}["multi\nline 'quote'"]
except KeyError as e:
    print(type(e).__name__, e, str(e), repr(e))
try:
    {}[("a", 1)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[()]
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(isinstance(KeyError(), LookupError), str(KeyError()), str(KeyError("a", "b")))
print(d.get([1]) if False else "skip", {1: 2}.get(1.0), {frozenset({1}): "fs"}[frozenset([1])])

def lookup(table, *path):
    node = table
    for part in path:
        try:
            node = node[part]
        except KeyError as e:
            return f"missing {e} in {'/'.join(map(str, path))}"
        except TypeError as e:
            return f"not a table: {e}"
    return node

tree = {"etc": {"hosts": "127.0.0.1", "conf": {"x": 1}}}
print(lookup(tree, "etc", "conf", "x"), lookup(tree, "etc", "passwd"), lookup(tree, "etc", "hosts", "y"))
