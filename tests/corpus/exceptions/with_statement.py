# The with statement protocol: enter/exit order, exception info, suppression.

class Managed:
    def __init__(self, name, suppress=False, log=None):
        self.name = name
        self.suppress = suppress
        self.log = log if log is not None else []
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        info = "none" if exc_type is None else f"{exc_type.__name__}({exc}) tb={tb is not None}"
        self.log.append(f"exit {self.name}: {info}")
        return self.suppress

log = []
with Managed("a", log=log) as value:
    log.append(f"body got {value}")
print(log)

log = []
with Managed("outer", log=log) as o, Managed("inner", log=log) as i:
    log.append(f"body {o} {i}")
print(log)

log = []
with Managed("s", suppress=True, log=log):
    raise KeyError("swallowed")
log.append("after suppressed block")
print(log)

log = []
try:
    with Managed("outer", log=log), Managed("inner", suppress=True, log=log):
        raise ValueError("inner suppresses")
    with Managed("outer2", suppress=True, log=log), Managed("inner2", log=log):
        raise ValueError("outer suppresses")
    with Managed("plain", log=log):
        raise ValueError("escapes")
except ValueError as e:
    log.append(f"caught {e}")
print("\n".join(log))

def early_return():
    log = []
    with Managed("r", log=log):
        return log
print(early_return())

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return "non-empty string is true"
with Truthy():
    1 / 0
print("suppressed by truthy return value")

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(f"{type(e).__name__}: {e}")

log = []
for i in range(3):
    with Managed(f"loop{i}", log=log):
        if i == 1:
            continue
        if i == 2:
            break
print(log)

with Managed("tuple-target") as (first, *rest):
    print(first, rest)
