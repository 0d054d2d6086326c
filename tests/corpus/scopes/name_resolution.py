# LEGB lookup: locals, enclosing functions, globals and builtins, including shadowing.

def show(label, value):
    print(f"{label:<34} {value!r}")

show("builtin len", len("abc"))
len = lambda obj: "shadowed len"
show("global shadows builtin", len("abc"))
del len
show("after del, builtin again", len("abc"))

import sys
builtins_module = sys.modules["builtins"]
show("builtins module attribute", builtins_module.len is len)

level = "global"
def outer():
    level = "enclosing"
    def middle():
        def inner():
            return level
        return inner()
    def inner_local():
        level = "local"
        return level
    return middle(), inner_local()
show("enclosing beats global", outer())

def no_enclosing():
    return level
show("falls back to global", no_enclosing())

def uses_builtin_name_as_local():
    list = [1, 2, 3]
    return list
show("local named list", uses_builtin_name_as_local())
show("builtin list still fine", list("ab"))

def param_shadows(print=None):
    return print
show("parameter named print", param_shadows("param"))

x = 1
def conditional_local(flag):
    if flag:
        x = 2
    return x
show("conditional local (True)", conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    show("conditional local (False)", str(e))

def loop_var_leak():
    for i in range(3):
        pass
    return i
show("for variable after loop", loop_var_leak())

def except_var_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"
show("except target deleted", except_var_cleared())

def nested_def_order():
    def helper():
        return later
    later = "defined after helper"
    return helper()
show("closure sees later assignment", nested_def_order())
builtins_module.custom_builtin = "injected"
show("injected builtin", custom_builtin)
del builtins_module.custom_builtin
