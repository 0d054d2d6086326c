# Bare raise, re-raising in nested handlers, and sys.exc_info().
import sys

def inner():
    raise ValueError("original problem")

def middle():
    try:
        inner()
    except ValueError:
        print("  middle saw it, re-raising")
        raise

def outer():
    try:
        middle()
    except ValueError as e:
        return f"outer caught: {e} (tb present: {e.__traceback__ is not None})"
print(outer())

def nested_handlers():
    try:
        raise KeyError("a")
    except KeyError as first:
        try:
            raise IndexError("b")
        except IndexError as second:
            print("  inner handler, exc_info:", sys.exc_info()[0].__name__)
            print("  second context:", repr(second.__context__))
        print("  back in outer handler, exc_info:", sys.exc_info()[0].__name__)
        raise
try:
    nested_handlers()
except KeyError as e:
    print("re-raised the first one:", repr(e))
print("outside handlers:", sys.exc_info())

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def handler_calls_function():
    try:
        1 / 0
    except ZeroDivisionError:
        return helper()
def helper():
    return f"helper sees {sys.exc_info()[0].__name__}, {sys.exception()!r}"
print(handler_calls_function())

def raise_stored():
    saved = None
    for attempt in range(3):
        try:
            if attempt < 2:
                raise ConnectionError(f"attempt {attempt}")
            return "succeeded on attempt 2"
        except ConnectionError as e:
            saved = e
    raise saved
print(raise_stored())

def reraise_class():
    try:
        raise TypeError
    except TypeError as e:
        print("  instance created from class:", repr(e), e.args)
        raise e.with_traceback(None)
try:
    reraise_class()
except TypeError as e:
    print("TypeError with_traceback:", type(e.__traceback__).__name__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("  finally runs while exception is in flight:", sys.exc_info()[0])
except ValueError:
    print("caught after finally")
