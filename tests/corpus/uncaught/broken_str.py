# When __str__ of an uncaught exception fails, CPython prints a placeholder.

class Broken(Exception):
    def __init__(self, payload):
        super().__init__(payload)
        self.payload = payload

    def __str__(self):
        raise RuntimeError("cannot render " + repr(self.payload))

    def __repr__(self):
        return f"Broken(payload={self.payload!r})"

err = Broken([1, 2])
print(repr(err), err.args)
try:
    str(err)
except RuntimeError as inner:
    print("str() raised:", inner)

print("about to fail")
raise Broken("payload")
