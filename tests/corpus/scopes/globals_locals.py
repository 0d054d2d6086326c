# globals() and locals(): what they return and when changes take effect.

alpha = 1
g = globals()
print(g["alpha"], g is globals(), "__name__" in g, g["__name__"])
g["created_via_globals"] = "hello"
print(created_via_globals)

def snapshot(a, b=2):
    c = a + b
    loc = locals()
    print(" locals:", sorted(loc.items()))
    loc["c"] = 999        # writing to the snapshot does not change the variable
    print(" c is still", c)
    d = 4
    print(" new call sees d:", "d" in locals(), "| old snapshot updated?", "d" in loc)
    return loc

snap = snapshot(1)
print(sorted(snap))

def uses_global_dict():
    globals()["beta"] = "set inside function"
    return beta
print(uses_global_dict(), beta)

class K:
    x = 1
    y = 2
    body_locals = sorted(k for k in locals() if not k.startswith("__"))
print(K.body_locals)

print(locals() is globals())

def closure_locals():
    outer_var = "outer"
    def inner():
        return sorted(locals())
    def inner_using():
        return outer_var, sorted(locals())
    return inner(), inner_using()
print(closure_locals())

def comprehension_locals():
    base = 10
    return [sorted(k for k in locals() if k.isidentifier()) for _ in range(1)], base
print(comprehension_locals())

def modify_builtins_view():
    names = globals()["__builtins__"]
    b = names if isinstance(names, dict) else vars(names)
    return "len" in b
print(modify_builtins_view())

def counter():
    global count
    count = count + 1 if "count" in globals() else 1
    return count
print(counter(), counter(), globals()["count"])
