# An exception class from a helper module is shown with its module name.
import _errors

settings = {"host": "localhost"}
print("host:", _errors.require(settings, "host"))
print("port:", _errors.require(settings, "port"))
