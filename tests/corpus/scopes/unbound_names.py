# UnboundLocalError and NameError in their many shapes.

def attempt(label, func):
    try:
        print(f"{label}: {func()!r}")
    except NameError as e:
        print(f"{label}: {type(e).__name__}: {e}")

total = 100

def augmented():
    total += 1
    return total

def read_then_write():
    value = total
    total = value + 1
    return total

def deleted_local():
    item = 1
    del item
    return item

def free_deleted():
    item = 1
    def inner():
        return item
    del item
    return inner()

def never_assigned_branch(flag):
    if flag:
        result = "assigned"
    return result

def loop_never_ran():
    for element in []:
        pass
    return element

def with_global():
    global total
    total += 1
    return total

def nonlocal_ok():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    bump()
    return bump()

def class_body_local():
    class C:
        try:
            print(undefined_here)
        except NameError as e:
            msg = str(e)
    return C.msg

attempt("augmented global without declaration", augmented)
attempt("read then write", read_then_write)
attempt("deleted local", deleted_local)
attempt("free variable deleted", free_deleted)
attempt("branch not taken", lambda: never_assigned_branch(False))
attempt("branch taken", lambda: never_assigned_branch(True))
attempt("loop never ran", loop_never_ran)
attempt("with global", with_global)
attempt("nonlocal", nonlocal_ok)
attempt("class body", class_body_local)
attempt("undefined global", lambda: undefined_global_name)
print(issubclass(UnboundLocalError, NameError))
try:
    del never_defined
except NameError as e:
    print("del undefined:", e)
