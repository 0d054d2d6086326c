package taipan.runtime;

/**
 * The built-in exception classes (CPython 3.11's hierarchy) and factories for
 * the errors the runtime raises. Every factory returns the {@link PyException}
 * to throw: {@code throw Exceptions.typeError("...")}.
 */
public final class Exceptions {
    private Exceptions() {}

    private static PyType ex(String name, PyType base) {
        PyType t = BuiltinTypes.builtin(name, base, base == null ? PyBaseException::new : null);
        t.instancesHaveDict = true;
        return t;
    }

    public static final PyType BASE_EXCEPTION = ex("BaseException", BuiltinTypes.OBJECT);
    static {
        BASE_EXCEPTION.factory = PyBaseException::new;
        BASE_EXCEPTION.solidBase = BASE_EXCEPTION;
    }
    public static final PyType BASE_EXCEPTION_GROUP = ex("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = ex("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = ex("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = ex("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = ex("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = ex("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = ex("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = ex("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = ex("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = ex("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = ex("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = ex("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = ex("EOFError", EXCEPTION);
    public static final PyType EXCEPTION_GROUP = PyType.builtin(BuiltinTypes.TYPE, "ExceptionGroup",
        BASE_EXCEPTION_GROUP, null);
    public static final PyType IMPORT_ERROR = ex("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = ex("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = ex("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = ex("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = ex("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = ex("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = ex("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = ex("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = ex("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = ex("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = ex("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = ex("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = ex("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = ex("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = ex("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = ex("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = ex("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = ex("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = ex("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = ex("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = ex("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = ex("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = ex("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = ex("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = ex("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = ex("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = ex("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = ex("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = ex("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = ex("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = ex("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = ex("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = ex("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = ex("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = ex("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = ex("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = ex("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = ex("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = ex("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = ex("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = ex("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = ex("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = ex("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = ex("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = ex("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = ex("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = ex("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = ex("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = ex("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = ex("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = ex("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = ex("UserWarning", WARNING);

    static {
        EXCEPTION_GROUP.setBases(new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION},
            new PyType[] {EXCEPTION_GROUP, BASE_EXCEPTION_GROUP, EXCEPTION, BASE_EXCEPTION, BuiltinTypes.OBJECT});
        EXCEPTION_GROUP.instancesHaveDict = true;
    }

    /** Every built-in exception class, for the builtins module. */
    public static final PyType[] ALL = {
        BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT, SYSTEM_EXIT, EXCEPTION,
        ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR,
        ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, EXCEPTION_GROUP, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
        LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR,
        BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
        CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR,
        INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR,
        TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
        STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR,
        TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR,
        UNICODE_TRANSLATE_ERROR, WARNING, BYTES_WARNING, DEPRECATION_WARNING, ENCODING_WARNING,
        FUTURE_WARNING, IMPORT_WARNING, PENDING_DEPRECATION_WARNING, RESOURCE_WARNING, RUNTIME_WARNING,
        SYNTAX_WARNING, UNICODE_WARNING, USER_WARNING,
    };

    /** An exception of {@code type} whose args are the one str {@code message}. */
    public static PyException error(PyType type, String message) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(message))));
    }

    /** An exception of {@code type} with the given args. */
    public static PyException withArgs(PyType type, Object... args) {
        return new PyException(new PyBaseException(type, PyTuple.of(args)));
    }

    public static PyException typeError(String message) {
        return error(TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return error(VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return error(INDEX_ERROR, message);
    }

    public static PyException overflowError(String message) {
        return error(OVERFLOW_ERROR, message);
    }

    public static PyException zeroDivisionError(String message) {
        return error(ZERO_DIVISION_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return error(RUNTIME_ERROR, message);
    }

    public static PyException systemError(String message) {
        return error(SYSTEM_ERROR, message);
    }

    public static PyException notImplementedError(String message) {
        return error(NOT_IMPLEMENTED_ERROR, message);
    }

    /** KeyError(key): its str is the repr of the key. */
    public static PyException keyError(Object key) {
        return withArgs(KEY_ERROR, key);
    }

    /** StopIteration carrying a return value (none when {@code value} is None). */
    public static PyException stopIteration(Object value) {
        PyBaseException e = new PyBaseException(STOP_ITERATION, value == Py.None ? PyTuple.EMPTY : PyTuple.of(value));
        return new PyException(e);
    }

    /** AttributeError "'T' object has no attribute 'name'", with name and obj set. */
    public static PyException noAttribute(Object obj, String name) {
        String msg;
        if (obj instanceof PyType t) {
            msg = "type object '" + t.name() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PyModule m) {
            msg = m.dict.get(PyStr.of("__name__")) instanceof PyStr moduleName
                ? "module '" + moduleName.value() + "' has no attribute '" + name + "'"
                : "module has no attribute '" + name + "'";
        } else {
            msg = "'" + Py.typeOf(obj).name() + "' object has no attribute '" + name + "'";
        }
        PyException e = error(ATTRIBUTE_ERROR, msg);
        ExceptionMethods.setField(e.value, "name", PyStr.of(name));
        ExceptionMethods.setField(e.value, "obj", obj);
        return e;
    }

    /** NameError "name 'x' is not defined", with name set. */
    public static PyException nameError(String name) {
        PyException e = error(NAME_ERROR, "name '" + name + "' is not defined");
        ExceptionMethods.setField(e.value, "name", PyStr.of(name));
        return e;
    }

    /** Wraps an unexpected Java failure as a Python SystemError with a one-line explanation. */
    public static PyException internal(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return error(RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return new PyException(new PyBaseException(MEMORY_ERROR, PyTuple.EMPTY));
        }
        return systemError("internal error in Taipan: " + t);
    }
}
