# Keyword-only parameters after * and *args, with and without defaults.

def connect(host, port=80, *, timeout=10, secure, retries=3):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"

print(connect("example.org", secure=True))
print(connect("example.org", 8080, secure=False, timeout=1))
print(connect(secure=True, host="h", retries=0))
for call in [lambda: connect("h"),
             lambda: connect("h", 1, 2, secure=True),
             lambda: connect("h", secure=True, verbose=True),
             lambda: connect(port=1, secure=True)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def log(*messages, sep=" | ", level="INFO"):
    return f"[{level}] " + sep.join(map(str, messages))

print(log("start", 1, 2.5))
print(log("x", "y", sep="/", level="DEBUG"))
print(log())

def kwonly_no_default(*, a, b):
    return a - b
try:
    kwonly_no_default()
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly_no_default(b=1)
except TypeError as e:
    print("TypeError:", e)
print(kwonly_no_default(b=1, a=10))
print(connect.__kwdefaults__ == {"timeout": 10, "retries": 3}, connect.__defaults__)
print(connect.__code__.co_kwonlyargcount)

def mixed(a, *args, b, **kwargs):
    return a, args, b, sorted(kwargs)
print(mixed(1, 2, 3, b=4, z=5, y=6))
try:
    mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
