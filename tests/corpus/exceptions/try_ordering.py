# Execution order through try/except/else/finally in many combinations.
def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "other":
            raise KeyError("k")
        if action == "return":
            log.append("returning")
            return log
    except ValueError as e:
        log.append(f"except ValueError({e})")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for action in ["ok", "raise", "return"]:
    print(action, attempt(action))
try:
    attempt("other")
except KeyError as e:
    print("other escaped:", repr(e))

def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return "wrong handler"
    else:
        1 / 0
    finally:
        print("  finally after else raised")
try:
    else_raises()
except ZeroDivisionError as e:
    print("ZeroDivisionError from else:", e)

def multiple_handlers(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f"tuple handler: {type(e).__name__}"
    except LookupError as e:
        return f"base class handler: {type(e).__name__}"
    except Exception as e:
        return f"catch-all: {type(e).__name__}"
for exc in [TypeError(), ValueError(), IndexError(), KeyError(), RuntimeError(), ArithmeticError()]:
    print(multiple_handlers(exc))

def loop_control():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(loop_control())
# The name bound by 'as' is deleted after the handler
try:
    raise ValueError("temp")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
try:
    raise OSError(2, "No such file")
except OSError as e_outer:
    print(e_outer.errno, e_outer.strerror, e_outer)
print("e_outer" in globals())
