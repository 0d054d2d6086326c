# When __str__ of an uncaught exception fails, CPython prints a placeholder.

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")

print("about to fail")
raise Broken("payload")
