package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exception construction, attributes, str and repr; expected values from CPython 3.11. */
class ExceptionMethodsTest {
    @BeforeAll
    static void setUp() {
        ReprFixture.ensure();
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static Object call(Object f, Object... args) {
        return Ops.call(f, args);
    }

    /** Calls f(*pos, **dict(zip(names, values))). */
    static Object callKw(Object f, Object[] pos, String[] names, Object... values) {
        Object[] all = new Object[pos.length + values.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        System.arraycopy(values, 0, all, pos.length, values.length);
        return Ops.call(f, all, names);
    }

    static void check(Object e, String expectedStr, String expectedRepr) {
        assertEquals(expectedStr, Ops.strString(e), "str");
        assertEquals(expectedRepr, Ops.reprString(e), "repr");
    }

    static void raises(PyType type, String message, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertSame(type, e.value.type, () -> "raised " + e.getMessage());
        assertEquals(message, Ops.strString(e.value));
    }

    static Object attr(Object o, String name) {
        return Ops.getAttr(o, name);
    }

    static PyType subclass(String name, PyType base) {
        return TypeCalls.newClass(BuiltinTypes.TYPE, name, new PyType[] {base}, new PyDict());
    }

    @Test
    void baseExceptionStrAndRepr() {
        check(call(Exceptions.BASE_EXCEPTION), "", "BaseException()");
        check(call(Exceptions.VALUE_ERROR, s("x")), "x", "ValueError('x')");
        check(call(Exceptions.VALUE_ERROR, s("x"), 2L), "('x', 2)", "ValueError('x', 2)");
        check(call(Exceptions.VALUE_ERROR), "", "ValueError()");
        check(call(Exceptions.RUNTIME_ERROR, 5L), "5", "RuntimeError(5)");
        check(call(subclass("MyErr", Exceptions.EXCEPTION)), "", "MyErr()");
        check(call(subclass("MyErr", Exceptions.EXCEPTION), 1L, s("a")), "(1, 'a')", "MyErr(1, 'a')");
        check(call(Exceptions.UNICODE_ERROR, s("x")), "x", "UnicodeError('x')");
    }

    @Test
    void keyErrorStrIsTheReprOfItsKey() {
        check(call(Exceptions.KEY_ERROR, s("a")), "'a'", "KeyError('a')");
        check(call(Exceptions.KEY_ERROR), "", "KeyError()");
        check(call(Exceptions.KEY_ERROR, s("a"), s("b")), "('a', 'b')", "KeyError('a', 'b')");
        check(call(Exceptions.KEY_ERROR, s("")), "''", "KeyError('')");
        assertEquals("'k'", Ops.strString(Exceptions.keyError(s("k")).value));
        Object baseStr = Ops.getAttr(Exceptions.BASE_EXCEPTION, "__str__");
        assertEquals("a", Ops.strString(call(baseStr, call(Exceptions.KEY_ERROR, s("a")))));
    }

    @Test
    void keywordsAreRejectedByDefault() {
        raises(Exceptions.TYPE_ERROR, "ValueError() takes no keyword arguments",
            () -> callKw(Exceptions.VALUE_ERROR, new Object[0], new String[] {"x"}, 1L));
        raises(Exceptions.TYPE_ERROR, "KeyError() takes no keyword arguments",
            () -> callKw(Exceptions.KEY_ERROR, new Object[] {1L}, new String[] {"x"}, 1L));
        Object newMethod = attr(Exceptions.BASE_EXCEPTION, "__new__");
        assertEquals("()", Ops.reprString(attr(callKw(newMethod, new Object[] {Exceptions.VALUE_ERROR},
            new String[] {"x"}, 1L), "args")));
        assertEquals("(1, 2)", Ops.reprString(attr(call(newMethod, Exceptions.VALUE_ERROR, 1L, 2L), "args")));
        raises(Exceptions.TYPE_ERROR, "BaseException.__new__(int): int is not a subtype of BaseException",
            () -> call(newMethod, BuiltinTypes.INT));
    }

    @Test
    void argsAttribute() {
        Object e = call(Exceptions.VALUE_ERROR, 1L);
        assertEquals("(1,)", Ops.reprString(attr(e, "args")));
        Ops.setAttr(e, "args", PyList.of(1L, 2L));
        assertEquals("(1, 2)", Ops.reprString(attr(e, "args")));
        assertEquals("(1, 2)", Ops.strString(e));
        raises(Exceptions.TYPE_ERROR, "args may not be deleted", () -> Ops.setAttr(e, "args", null));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> Ops.setAttr(e, "args", 5L));
    }

    @Test
    void chainingAttributes() {
        Object e = call(Exceptions.VALUE_ERROR, 1L);
        assertSame(Py.None, attr(e, "__cause__"));
        assertSame(Py.None, attr(e, "__context__"));
        assertSame(Py.None, attr(e, "__traceback__"));
        assertSame(Boolean.FALSE, attr(e, "__suppress_context__"));
        raises(Exceptions.TYPE_ERROR, "exception cause must be None or derive from BaseException",
            () -> Ops.setAttr(e, "__cause__", 1L));
        raises(Exceptions.TYPE_ERROR, "exception context must be None or derive from BaseException",
            () -> Ops.setAttr(e, "__context__", 1L));
        raises(Exceptions.TYPE_ERROR, "__traceback__ must be a traceback or None",
            () -> Ops.setAttr(e, "__traceback__", 1L));
        raises(Exceptions.TYPE_ERROR, "__cause__ may not be deleted", () -> Ops.setAttr(e, "__cause__", null));
        raises(Exceptions.TYPE_ERROR, "attribute value type must be bool",
            () -> Ops.setAttr(e, "__suppress_context__", 1L));
        Object cause = call(Exceptions.KEY_ERROR, s("c"));
        Ops.setAttr(e, "__cause__", cause);
        assertSame(cause, attr(e, "__cause__"));
        assertSame(Boolean.TRUE, attr(e, "__suppress_context__"));
        Ops.setAttr(e, "__context__", cause);
        assertSame(cause, ((PyBaseException) e).context);
        PyTraceback tb = new PyTraceback(null, 0, 1, null);
        assertSame(e, call(attr(e, "with_traceback"), tb));
        assertSame(tb, attr(e, "__traceback__"));
        assertSame(e, call(attr(e, "with_traceback"), Py.None));
        assertSame(Py.None, attr(e, "__traceback__"));
        raises(Exceptions.TYPE_ERROR, "__traceback__ must be a traceback or None",
            () -> call(attr(e, "with_traceback"), 5L));
    }

    @Test
    void notes() {
        Object e = call(Exceptions.VALUE_ERROR, 1L);
        raises(Exceptions.ATTRIBUTE_ERROR, "'ValueError' object has no attribute '__notes__'",
            () -> attr(e, "__notes__"));
        raises(Exceptions.TYPE_ERROR, "note must be a str, not 'int'", () -> call(attr(e, "add_note"), 1L));
        call(attr(e, "add_note"), s("first"));
        call(attr(e, "add_note"), s("second"));
        assertEquals("['first', 'second']", Ops.reprString(attr(e, "__notes__")));
        Ops.setAttr(e, "__notes__", 3L);
        raises(Exceptions.TYPE_ERROR, "Cannot add note: __notes__ is not a list", () -> call(attr(e, "add_note"), s("x")));
    }

    @Test
    void stopIterationAndSystemExit() {
        assertEquals(5L, attr(call(Exceptions.STOP_ITERATION, 5L), "value"));
        assertSame(Py.None, attr(call(Exceptions.STOP_ITERATION), "value"));
        assertEquals(1L, attr(call(Exceptions.STOP_ITERATION, 1L, 2L), "value"));
        assertEquals(7L, attr(Exceptions.stopIteration(7L).value, "value"));
        check(call(Exceptions.STOP_ITERATION, 5L), "5", "StopIteration(5)");
        check(call(Exceptions.SYSTEM_EXIT, 3L), "3", "SystemExit(3)");
        assertEquals(3L, attr(call(Exceptions.SYSTEM_EXIT, 3L), "code"));
        assertSame(Py.None, attr(call(Exceptions.SYSTEM_EXIT), "code"));
        assertEquals("(1, 2)", Ops.reprString(attr(call(Exceptions.SYSTEM_EXIT, 1L, 2L), "code")));
        check(call(Exceptions.STOP_ASYNC_ITERATION), "", "StopAsyncIteration()");
    }

    @Test
    void importError() {
        Object e = callKw(Exceptions.IMPORT_ERROR, new Object[] {s("m")}, new String[] {"name", "path"}, s("n"), s("p"));
        check(e, "m", "ImportError('m')");
        assertEquals("n", Ops.strString(attr(e, "name")));
        assertEquals("p", Ops.strString(attr(e, "path")));
        assertEquals("m", Ops.strString(attr(e, "msg")));
        assertSame(Py.None, attr(call(Exceptions.IMPORT_ERROR, s("a"), s("b")), "msg"));
        assertSame(Py.None, attr(call(Exceptions.IMPORT_ERROR), "name"));
        check(call(Exceptions.IMPORT_ERROR, 1L, 2L), "(1, 2)", "ImportError(1, 2)");
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for ImportError()",
            () -> callKw(Exceptions.IMPORT_ERROR, new Object[0], new String[] {"foo"}, 1L));
        Object m = callKw(Exceptions.MODULE_NOT_FOUND_ERROR, new Object[] {s("no")}, new String[] {"name"}, s("x"));
        check(m, "no", "ModuleNotFoundError('no')");
        assertEquals("x", Ops.strString(attr(m, "name")));
    }

    @Test
    void nameAndAttributeErrors() {
        Object n = callKw(Exceptions.NAME_ERROR, new Object[] {s("x")}, new String[] {"name"}, s("y"));
        check(n, "x", "NameError('x')");
        assertEquals("y", Ops.strString(attr(n, "name")));
        raises(Exceptions.TYPE_ERROR, "'x' is an invalid keyword argument for NameError()",
            () -> callKw(Exceptions.NAME_ERROR, new Object[] {s("a")}, new String[] {"x"}, 1L));
        Object a = callKw(Exceptions.ATTRIBUTE_ERROR, new Object[] {s("x")}, new String[] {"name", "obj"}, s("n"), 3L);
        check(a, "x", "AttributeError('x')");
        assertEquals(3L, attr(a, "obj"));
        assertSame(Py.None, attr(call(Exceptions.ATTRIBUTE_ERROR), "name"));
        PyException raised = Exceptions.noAttribute(5L, "foo");
        assertEquals("foo", Ops.strString(attr(raised.value, "name")));
        assertEquals(5L, attr(raised.value, "obj"));
        assertEquals("name 'q' is not defined", Ops.strString(Exceptions.nameError("q").value));
        assertEquals("q", Ops.strString(attr(Exceptions.nameError("q").value, "name")));
    }

    @Test
    void osErrorConstructionPicksTheErrnoSubclass() {
        Object e = call(Exceptions.OS_ERROR, 2L, s("No such file or directory"), s("x"));
        check(e, "[Errno 2] No such file or directory: 'x'", "FileNotFoundError(2, 'No such file or directory')");
        check(call(Exceptions.OS_ERROR, 2L, s("No such file or directory")), "[Errno 2] No such file or directory",
            "FileNotFoundError(2, 'No such file or directory')");
        check(call(Exceptions.OS_ERROR, 2L, s("No such file or directory"), s("x"), 0L, s("y")),
            "[Errno 2] No such file or directory: 'x' -> 'y'", "FileNotFoundError(2, 'No such file or directory')");
        check(call(Exceptions.OS_ERROR, s("a")), "a", "OSError('a')");
        check(call(Exceptions.OS_ERROR, 1L, 2L, 3L, 4L, 5L, 6L), "(1, 2, 3, 4, 5, 6)", "OSError(1, 2, 3, 4, 5, 6)");
        check(call(Exceptions.OS_ERROR, 13L, s("Permission denied"), s("f")), "[Errno 13] Permission denied: 'f'",
            "PermissionError(13, 'Permission denied')");
        check(call(Exceptions.FILE_NOT_FOUND_ERROR, 2L, s("nf"), s("a"), 3L, s("b")), "[Errno 2] nf: 'a' -> 'b'",
            "FileNotFoundError(2, 'nf')");
        check(call(Exceptions.OS_ERROR, 2L, s("x"), Py.None, Py.None, s("b")), "[Errno 2] x",
            "FileNotFoundError(2, 'x', None, None, 'b')");
        check(call(Exceptions.OS_ERROR, Py.None, s("x"), s("f")), "[Errno None] x: 'f'", "OSError(None, 'x')");
        check(call(Exceptions.BLOCKING_IO_ERROR, 11L, s("x"), 3L), "[Errno 11] x", "BlockingIOError(11, 'x', 3)");
        check(call(Exceptions.OS_ERROR, 2L, 3L), "[Errno 2] 3", "FileNotFoundError(2, 3)");
        check(call(Exceptions.OS_ERROR, Py.None, Py.None), "[Errno None] None", "OSError(None, None)");
        long[] errnos = {4, 11, 1, 32, 110, 17, 20, 21, 3, 10, 103, 111, 104, 5};
        String[] names = {"InterruptedError", "BlockingIOError", "PermissionError", "BrokenPipeError", "TimeoutError",
            "FileExistsError", "NotADirectoryError", "IsADirectoryError", "ProcessLookupError", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "OSError"};
        for (int i = 0; i < errnos.length; i++) {
            assertEquals(names[i], Py.typeOf(call(Exceptions.OS_ERROR, errnos[i], s("x"))).name());
        }
        assertEquals("PermissionError", Py.typeOf(call(Exceptions.OS_ERROR, Boolean.TRUE, s("x"))).name());
        assertEquals("OSError", Py.typeOf(call(Exceptions.OS_ERROR, 2L)).name());
    }

    @Test
    void createRunsTheConstructor() {
        PyException e = ExceptionMethods.create(Exceptions.OS_ERROR, 2L, s("No such file or directory"), s("x"));
        assertSame(Exceptions.FILE_NOT_FOUND_ERROR, e.value.type);
        assertEquals("x", Ops.strString(attr(e.value, "filename")));
        assertEquals("[Errno 2] No such file or directory: 'x'", Ops.strString(e.value));
        PyException se = ExceptionMethods.create(Exceptions.SYNTAX_ERROR, s("invalid syntax"),
            PyTuple.of(s("<string>"), 1L, 5L, s("1 +"), 1L, 6L));
        assertEquals("invalid syntax (<string>, line 1)", Ops.strString(se.value));
        assertEquals(5L, attr(se.value, "offset"));
    }

    @Test
    void osErrorAttributes() {
        assertEquals("f", Ops.strString(attr(call(Exceptions.OS_ERROR, 2L, s("x"), s("f")), "filename")));
        assertSame(Py.None, attr(call(Exceptions.OS_ERROR, 2L, s("x")), "filename"));
        Object e = call(Exceptions.OS_ERROR, 2L, s("x"), s("f"), Py.None, s("g"));
        assertEquals("g", Ops.strString(attr(e, "filename2")));
        assertEquals("(2, 'x')", Ops.reprString(attr(e, "args")));
        assertEquals(2L, attr(e, "errno"));
        assertEquals("x", Ops.strString(attr(call(Exceptions.OS_ERROR, 2L, s("x")), "strerror")));
        assertSame(Py.None, attr(call(Exceptions.OS_ERROR, s("x")), "errno"));
        assertEquals(3L, attr(call(Exceptions.BLOCKING_IO_ERROR, 11L, s("x"), 3L), "characters_written"));
        raises(Exceptions.ATTRIBUTE_ERROR, "characters_written",
            () -> attr(call(Exceptions.BLOCKING_IO_ERROR, 11L, s("x")), "characters_written"));
        assertEquals("(2, 'x', None)", Ops.reprString(attr(call(Exceptions.OS_ERROR, 2L, s("x"), Py.None), "args")));
        raises(Exceptions.TYPE_ERROR, "OSError() takes no keyword arguments",
            () -> callKw(Exceptions.OS_ERROR, new Object[] {2L}, new String[] {"x"}, 1L));
    }

    @Test
    void osErrorSubclassWithInitParsesInInit() {
        PyDict ns = new PyDict();
        PyType cls = TypeCalls.newClass(BuiltinTypes.TYPE, "MyOS", new PyType[] {Exceptions.OS_ERROR}, ns);
        MethodDescriptor.define(cls, "__init__", "*args", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            Ops.invoke(Exceptions.OS_ERROR.ownMember("__init__"), self, args);
            return Py.None;
        });
        Object e = call(cls, 2L, s("nf"), s("p"));
        assertEquals("MyOS", Py.typeOf(e).name());
        check(e, "[Errno 2] nf: 'p'", "MyOS(2, 'nf')");
    }

    @Test
    void syntaxError() {
        Object info = PyTuple.of(s("f.py"), 1L, 2L, s("x = ("), 1L, 3L);
        Object e = call(Exceptions.SYNTAX_ERROR, s("invalid syntax"), info);
        check(e, "invalid syntax (f.py, line 1)", "SyntaxError('invalid syntax', ('f.py', 1, 2, 'x = (', 1, 3))");
        assertEquals("invalid syntax", Ops.strString(attr(e, "msg")));
        assertEquals("f.py", Ops.strString(attr(e, "filename")));
        assertEquals(1L, attr(e, "lineno"));
        assertEquals(2L, attr(e, "offset"));
        assertEquals("x = (", Ops.strString(attr(e, "text")));
        assertEquals(1L, attr(e, "end_lineno"));
        assertEquals(3L, attr(e, "end_offset"));
        check(call(Exceptions.SYNTAX_ERROR, s("msg")), "msg", "SyntaxError('msg')");
        assertEquals("invalid syntax (f.py)", Ops.strString(call(Exceptions.SYNTAX_ERROR, s("invalid syntax"),
            PyTuple.of(s("f.py"), Py.None, 2L, s("x")))));
        assertEquals("m (line 5)", Ops.strString(call(Exceptions.SYNTAX_ERROR, s("m"), PyTuple.of(Py.None, 5L, 2L, s("x")))));
        assertEquals("m (f)", Ops.strString(call(Exceptions.SYNTAX_ERROR, s("m"), PyTuple.of(s("f"), Py.None, Py.None, Py.None))));
        assertEquals("None", Ops.strString(call(Exceptions.SYNTAX_ERROR)));
        assertEquals("m (f.py, line 3)", Ops.strString(call(Exceptions.SYNTAX_ERROR, s("m"),
            PyTuple.of(s("/a/b/f.py"), 3L, 2L, s("t")))));
        assertEquals("m (f)", Ops.strString(call(Exceptions.SYNTAX_ERROR, s("m"), PyTuple.of(s("f"), 1.0, 2L, s("t")))));
        assertEquals("5 (f, line 1)", Ops.strString(call(Exceptions.SYNTAX_ERROR, 5L, PyTuple.of(s("f"), 1L, 2L, s("t")))));
        assertSame(Py.None, attr(call(Exceptions.SYNTAX_ERROR, s("m"), PyTuple.of(s("f"), 1L, 2L, s("t"))), "end_lineno"));
        assertEquals("a", Ops.strString(attr(call(Exceptions.SYNTAX_ERROR, s("a"), s("b"), s("c")), "msg")));
        raises(Exceptions.TYPE_ERROR, "function takes at least 4 arguments (2 given)",
            () -> call(Exceptions.SYNTAX_ERROR, s("m"), PyTuple.of(1L, 2L)));
        raises(Exceptions.TYPE_ERROR, "'int' object is not iterable", () -> call(Exceptions.SYNTAX_ERROR, s("m"), 5L));
        raises(Exceptions.TYPE_ERROR, "end_offset must be provided when end_lineno is provided",
            () -> call(Exceptions.SYNTAX_ERROR, s("m"), PyTuple.of(s("f"), 1L, 2L, s("t"), 3L)));
        assertTrue(Py.typeOf(call(Exceptions.INDENTATION_ERROR, s("m"), PyTuple.of(s("f"), 1L, 2L, s("t"))))
            .isSubtypeOf(Exceptions.SYNTAX_ERROR));
        assertEquals("m (f, line 1)", Ops.strString(call(Exceptions.TAB_ERROR, s("m"), PyTuple.of(s("f"), 1L, 2L, s("t")))));
    }

    @Test
    void unicodeErrors() {
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", Ops.strString(call(
            Exceptions.UNICODE_DECODE_ERROR, s("utf-8"), new PyBytes(new byte[] {(byte) 0xff}), 0L, 1L, s("invalid start byte"))));
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: bad", Ops.strString(call(
            Exceptions.UNICODE_DECODE_ERROR, s("utf-8"), new PyBytes(new byte[] {(byte) 0xff, (byte) 0xfe}), 0L, 2L, s("bad"))));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
            Ops.strString(call(Exceptions.UNICODE_ENCODE_ERROR, s("ascii"), s("\u00e9"), 0L, 1L, s("ordinal not in range(128)"))));
        assertEquals("'ascii' codec can't encode character '\\u1234' in position 1: x",
            Ops.strString(call(Exceptions.UNICODE_ENCODE_ERROR, s("ascii"), s("a\u1234"), 1L, 2L, s("x"))));
        assertEquals("'ascii' codec can't encode character '\\U00012345' in position 1: x",
            Ops.strString(call(Exceptions.UNICODE_ENCODE_ERROR, s("ascii"), s("a\uD808\uDF45"), 1L, 2L, s("x"))));
        assertEquals("'ascii' codec can't encode characters in position 0-1: x",
            Ops.strString(call(Exceptions.UNICODE_ENCODE_ERROR, s("ascii"), s("ab"), 0L, 2L, s("x"))));
        assertEquals("can't translate character '\\xe9' in position 0: no",
            Ops.strString(call(Exceptions.UNICODE_TRANSLATE_ERROR, s("\u00e9"), 0L, 1L, s("no"))));
        assertEquals("can't translate characters in position 0-1: no",
            Ops.strString(call(Exceptions.UNICODE_TRANSLATE_ERROR, s("ab"), 0L, 2L, s("no"))));
        assertEquals("'ascii' codec can't encode characters in position 5-6: x",
            Ops.strString(call(Exceptions.UNICODE_ENCODE_ERROR, s("ascii"), s("ab"), 5L, 7L, s("x"))));
        assertEquals("'ascii' codec can't decode bytes in position -3-0: x", Ops.strString(call(
            Exceptions.UNICODE_DECODE_ERROR, s("ascii"), new PyBytes(new byte[] {97, 98}), -3L, 1L, s("x"))));
        assertEquals("", Ops.strString(call(Exceptions.UNICODE_ERROR)));
        raises(Exceptions.TYPE_ERROR, "argument 1 must be str, not int",
            () -> call(Exceptions.UNICODE_ENCODE_ERROR, 1L, s("a"), 0L, 1L, s("r")));
        raises(Exceptions.TYPE_ERROR, "function takes exactly 5 arguments (1 given)",
            () -> call(Exceptions.UNICODE_ENCODE_ERROR, s("a")));
        raises(Exceptions.TYPE_ERROR, "a bytes-like object is required, not 'str'",
            () -> call(Exceptions.UNICODE_DECODE_ERROR, s("u"), s("str"), 0L, 1L, s("r")));
        Object d = call(Exceptions.UNICODE_DECODE_ERROR, s("u"), new PyByteArray(new byte[] {97, 98}), 0L, 1L, s("r"));
        assertSame(BuiltinTypes.BYTES, Py.typeOf(attr(d, "object")));
        Object t = call(Exceptions.UNICODE_TRANSLATE_ERROR, s("ab"), 0L, 2L, s("no"));
        assertSame(Py.None, attr(t, "encoding"));
        assertEquals(2L, attr(t, "end"));
        assertEquals("no", Ops.strString(attr(t, "reason")));
    }

    @Test
    void fieldsStayOutOfTheInstanceDict() {
        Object a = callKw(Exceptions.ATTRIBUTE_ERROR, new Object[] {s("x")}, new String[] {"name"}, s("n"));
        assertEquals(0, ((PyDict) attr(a, "__dict__")).size());
        assertEquals(0, ((PyDict) attr(call(Exceptions.OS_ERROR, 2L, s("x"), s("f")), "__dict__")).size());
        assertEquals(0, ((PyDict) attr(call(Exceptions.SYNTAX_ERROR, s("a"), PyTuple.of(s("f"), 1L, 2L, s("t"))),
            "__dict__")).size());
        Object e = call(Exceptions.OS_ERROR, 2L, s("x"));
        Ops.setAttr(e, "filename", s("g"));
        assertEquals("[Errno 2] x: 'g'", Ops.strString(e));
        Ops.setAttr(e, "filename", null);
        assertEquals("[Errno 2] x", Ops.strString(e));
    }

    @Test
    void reduceAndSetstate() {
        Object e = call(Exceptions.VALUE_ERROR, 1L);
        assertEquals("(<class 'ValueError'>, (1,))", Ops.reprString(call(attr(e, "__reduce__"))));
        Ops.setAttr(e, "x", 5L);
        assertEquals("(<class 'ValueError'>, (1,), {'x': 5})", Ops.reprString(call(attr(e, "__reduce__"))));
        assertEquals("(<class 'FileNotFoundError'>, (2, 'x', 'f'))",
            Ops.reprString(call(attr(call(Exceptions.OS_ERROR, 2L, s("x"), s("f")), "__reduce__"))));
        assertEquals("(<class 'FileNotFoundError'>, (2, 'x', 'f', None, 'g'))", Ops.reprString(call(attr(
            call(Exceptions.OS_ERROR, 2L, s("x"), s("f"), Py.None, s("g")), "__reduce__"))));
        assertEquals("(<class 'FileNotFoundError'>, (2, 'x'))",
            Ops.reprString(call(attr(call(Exceptions.OS_ERROR, 2L, s("x")), "__reduce__"))));
        assertEquals("(<class 'ImportError'>, ('m',), {'name': 'n'})", Ops.reprString(call(attr(
            callKw(Exceptions.IMPORT_ERROR, new Object[] {s("m")}, new String[] {"name"}, s("n")), "__reduce__"))));
        assertEquals("(<class 'ImportError'>, ('m',))",
            Ops.reprString(call(attr(call(Exceptions.IMPORT_ERROR, s("m")), "__reduce__"))));
        Object v = call(Exceptions.VALUE_ERROR);
        PyDict state = new PyDict();
        state.put(s("a"), 1L);
        assertSame(Py.None, call(attr(v, "__setstate__"), state));
        assertEquals(1L, attr(v, "a"));
        assertSame(Py.None, call(attr(v, "__setstate__"), Py.None));
        raises(Exceptions.TYPE_ERROR, "state is not a dictionary", () -> call(attr(v, "__setstate__"), 5L));
    }
}
