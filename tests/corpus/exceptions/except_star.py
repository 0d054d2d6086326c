# except* handling of ExceptionGroups: several clauses may run for one group.

def risky_batch():
    errors = []
    for i, item in enumerate(["1", "x", None, "4", "y"]):
        try:
            int(item)
        except (ValueError, TypeError) as e:
            errors.append(e)
    raise ExceptionGroup("conversion errors", errors)

try:
    risky_batch()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])

# Unhandled parts propagate as a new group
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("disk"), KeyError("j")])
    except* KeyError as eg:
        print("handled", len(eg.exceptions), "KeyErrors")
except ExceptionGroup as rest:
    print("propagated:", repr(rest), [repr(e) for e in rest.exceptions])

# A naked exception is wrapped in a group for except*
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)

# Nested groups keep their structure in the matched part
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
except* ValueError as eg:
    print("matched structure:", repr(eg))
except* TypeError as eg:
    print("type part:", repr(eg))

# Raising inside an except* clause
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("handler failed")
except Exception as exc:
    print("escaped:", repr(exc), "| context:", repr(exc.__context__))

# ... and when another part of the group stays unhandled, both travel in a new group
try:
    try:
        raise ExceptionGroup("g2", [ValueError("v"), OSError("o")])
    except* ValueError:
        raise RuntimeError("handler failed again")
except ExceptionGroup as eg:
    print("new group:", repr(eg))

# else and finally with except*
for exc in [None, ValueError("e")]:
    try:
        if exc:
            raise exc
    except* ValueError:
        print("  handled", repr(exc))
    else:
        print("  else ran")
    finally:
        print("  finally ran")

# Re-raising the matched group with bare raise
try:
    try:
        raise ExceptionGroup("orig", [IndexError(0), ZeroDivisionError("z")])
    except* IndexError:
        print("re-raising index part")
        raise
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))
