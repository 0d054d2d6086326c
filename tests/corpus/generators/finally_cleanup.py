# finally blocks and try/except inside generators during normal exit,
# early close, exceptions and return.

def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        log.append(f"close {name}")

log = []
for item in resource("A", log):
    log.append(item)
print(log)

log = []
g = resource("B", log)
log.append(next(g))
g.close()
print(log)

log = []
g = resource("C", log)
next(g)
try:
    g.throw(RuntimeError("abort"))
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)

def nested_resources(log):
    for name in ("outer", "inner"):
        log.append(f"enter {name}")
    try:
        try:
            yield "work"
        finally:
            log.append("exit inner")
    finally:
        log.append("exit outer")

log = []
g = nested_resources(log)
next(g)
g.close()
print(log)

def break_inside(log):
    gen = resource("D", log)
    try:
        for item in gen:
            if item.endswith("1"):
                return item
    finally:
        gen.close()
log = []
print(break_inside(log), log)
