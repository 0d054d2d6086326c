# return/break/continue inside finally override pending exceptions and returns.
def override_return():
    try:
        return "from try"
    finally:
        return "from finally"

def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

def finally_sees_value():
    x = "initial"
    try:
        return x
    finally:
        x = "changed in finally"
        print("  finally changed x to", x)

def mutable_return():
    data = ["a"]
    try:
        return data
    finally:
        data.append("appended in finally")

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"loop broke at {i}, exception discarded"

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen

def nested_finally():
    order = []
    try:
        try:
            order.append("inner try")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")

def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
for f in [override_return, swallow_exception, finally_sees_value, mutable_return,
          break_in_finally, continue_in_finally, nested_finally]:
    print(f.__name__, "->", f())
try:
    raise_in_finally()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
