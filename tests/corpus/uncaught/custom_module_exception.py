# An exception class from a helper module is shown with its module name.
import _errors

settings = {"host": "localhost", "debug": "yes"}

def describe(key):
    value = _errors.require(settings, key)
    return f"{key} = {value!r}"

print(describe("host"))
print(describe("debug"))

# The exception is a normal class: catchable, with attributes
try:
    _errors.require({}, "user")
except _errors.ConfigError as e:
    print("caught", type(e).__name__, "from module", type(e).__module__, "key:", e.key)

print(type(_errors.ConfigError("k", "r")).__qualname__)
print(describe("port"))
print("not reached")
