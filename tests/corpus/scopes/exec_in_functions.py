# exec and eval inside functions: reading locals, and why exec cannot rebind them.

def reads_locals():
    factor = 3
    values = [1, 2, 3]
    return eval("sum(values) * factor")

print(reads_locals())

def cannot_rebind():
    x = "original"
    exec("x = 'changed by exec'")
    return x
print(cannot_rebind())

def captures_in_dict():
    x = "original"
    ns = {}
    exec("x = 'changed'; y = x.upper()", globals(), ns)
    return x, ns
print(captures_in_dict())

def exec_sees_locals_snapshot():
    a = 5
    ns = locals()
    exec("b = a * 2", globals(), ns)
    return ns["b"], sorted(ns)
print(exec_sees_locals_snapshot())

def builds_function(body):
    ns = {}
    exec(f"def generated(n):\n    {body}", {}, ns)
    return ns["generated"]
square = builds_function("return n * n")
print(square(12), square.__name__, square.__globals__ == {} or "__builtins__" in square.__globals__)

def nested_eval():
    outer_value = 10
    def inner():
        # eval only sees names the function actually uses as locals or free variables
        return eval("outer_value + 1")
    try:
        return inner()
    except NameError as e:
        return f"NameError: {e}"
print(nested_eval())

def nested_eval_with_reference():
    outer_value = 10
    def inner():
        outer_value  # makes it a free variable of inner
        return eval("outer_value + 1")
    return inner()
print(nested_eval_with_reference())

def exec_defines_global():
    exec("global made_by_exec\nmade_by_exec = 'global from exec'")
exec_defines_global()
print(made_by_exec)

template = "def {name}(self):\n    return {value!r}"
attrs = {}
for name, value in [("color", "red"), ("size", 3)]:
    exec(template.format(name=name, value=value), {}, attrs)
Shape = type("Shape", (), attrs)
s = Shape()
print(s.color(), s.size(), sorted(attrs))
