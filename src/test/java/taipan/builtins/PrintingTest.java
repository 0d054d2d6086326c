package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taipan.builtins.BuiltinFunctionsTest.call;
import static taipan.builtins.BuiltinFunctionsTest.callKw;
import static taipan.builtins.BuiltinFunctionsTest.raises;
import static taipan.builtins.BuiltinFunctionsTest.s;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import taipan.modules.FileTable;
import taipan.modules.io.IoModule;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyException;
import taipan.runtime.PyList;

/** print, input and the standard streams (io.TextIOWrapper over fds 0-2); expected values from CPython 3.11. */
class PrintingTest {
    ByteArrayOutputStream captured;
    ByteArrayOutputStream capturedErr;
    Object out;

    @BeforeAll
    static void setUp() {
        BuiltinFunctionsTest.setUp();
    }

    @BeforeEach
    void captureStdout() {
        captured = new ByteArrayOutputStream();
        capturedErr = new ByteArrayOutputStream();
        FileTable.reset(new ByteArrayInputStream(new byte[0]), captured, capturedErr, false);
        out = output(1, "strict");
        Printing.setStdoutSupplier(() -> out);
    }

    @AfterEach
    void reset() {
        Printing.setStdoutSupplier(null);
        Printing.setStdinSupplier(null);
        Printing.setStderrSupplier(null);
    }

    static Object output(int fd, String errors) {
        return IoModule.standardStream(fd, fd == 1 ? "<stdout>" : "<stderr>", true, errors, fd == 2, false);
    }

    String text() {
        Ops.call(Ops.getAttr(out, "flush"));
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** A new sys.stdin reading {@code text} (fd 0 of a fresh table whose fds 1 and 2 stay the captured streams). */
    Object input(String text) {
        FileTable.reset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), captured, capturedErr, false);
        return IoModule.standardStream(0, "<stdin>", false, "strict", false, false);
    }

    void stdin(String text) {
        Object in = input(text);
        Printing.setStdinSupplier(() -> in);
    }

    @Test
    void printWritesStrOfEachValue() {
        assertSame(Py.None, call("print", 1L, s("a"), Py.None));
        call("print");
        callKw("print", new Object[] {1L, 2L}, new String[] {"sep", "end"}, s("-"), s("!"));
        callKw("print", new Object[] {1L, 2L}, new String[] {"sep", "end"}, Py.None, Py.None);
        assertEquals("1 a None\n\n1-2!1 2\n", text());
    }

    @Test
    void printArgumentErrors() {
        raises(Exceptions.TYPE_ERROR, "sep must be None or a string, not int",
            () -> callKw("print", new Object[] {1L}, new String[] {"sep"}, 5L));
        raises(Exceptions.TYPE_ERROR, "end must be None or a string, not int",
            () -> callKw("print", new Object[] {1L}, new String[] {"end"}, 5L));
        raises(Exceptions.ATTRIBUTE_ERROR, "'int' object has no attribute 'write'",
            () -> callKw("print", new Object[] {1L}, new String[] {"file"}, 5L));
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for print()",
            () -> callKw("print", new Object[] {1L}, new String[] {"foo"}, 1L));
        assertEquals("", text());
    }

    @Test
    void printToAnotherFileAndFlush() {
        Object err = output(2, "backslashreplace");
        callKw("print", new Object[] {s("x")}, new String[] {"file", "flush"}, err, Boolean.TRUE);
        assertEquals("x\n", capturedErr.toString(StandardCharsets.UTF_8));
        assertEquals("", text());
        Printing.setStdoutSupplier(() -> Py.None);
        assertSame(Py.None, call("print", 1L));
    }

    @Test
    void standardOutputWrite() {
        assertEquals(2L, Ops.call(Ops.getAttr(out, "write"), s("h\u00e9")));
        assertEquals(1L, Ops.call(Ops.getAttr(out, "write"), s("\uD83D\uDE00")));
        assertSame(Py.None, Ops.call(Ops.getAttr(out, "writelines"), PyList.of(s("a"), s("b"))));
        assertEquals("h\u00e9\uD83D\uDE00ab", text());
        raises(Exceptions.TYPE_ERROR, "write() argument must be str, not int", () -> Ops.call(Ops.getAttr(out, "write"), 5L));
        raises(Exceptions.UNICODE_ENCODE_ERROR,
            "'utf-8' codec can't encode character '\\udc80' in position 1: surrogates not allowed",
            () -> Ops.call(Ops.getAttr(out, "write"), s("a\udc80")));
        assertEquals("utf-8", Ops.strString(Ops.getAttr(out, "encoding")));
        assertEquals("strict", Ops.strString(Ops.getAttr(out, "errors")));
        assertSame(Boolean.FALSE, Ops.call(Ops.getAttr(out, "isatty")));
        assertSame(Boolean.TRUE, Ops.call(Ops.getAttr(out, "writable")));
        assertSame(Boolean.FALSE, Ops.call(Ops.getAttr(out, "readable")));
        assertEquals("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", Ops.reprString(out));
        assertSame(Boolean.FALSE, Ops.getAttr(out, "closed"));
        Ops.call(Ops.getAttr(out, "close"));
        assertSame(Boolean.TRUE, Ops.getAttr(out, "closed"));
        raises(Exceptions.VALUE_ERROR, "I/O operation on closed file.", () -> Ops.call(Ops.getAttr(out, "write"), s("x")));
        raises(Exceptions.VALUE_ERROR, "I/O operation on closed file.", () -> Ops.call(Ops.getAttr(out, "flush")));
    }

    @Test
    void errorHandlersForLoneSurrogates() {
        Object err = output(2, "backslashreplace");
        Ops.call(Ops.getAttr(err, "write"), s("a\udc80b"));
        Ops.call(Ops.getAttr(err, "flush"));
        assertEquals("a\\udc80b", capturedErr.toString(StandardCharsets.UTF_8));
        Object escaped = output(1, "surrogateescape");
        Ops.call(Ops.getAttr(escaped, "write"), s("\udcff"));
        Ops.call(Ops.getAttr(escaped, "flush"));
        assertEquals(1, captured.size());
        assertEquals((byte) 0xff, captured.toByteArray()[0]);
    }

    @Test
    void inputReadsALineFromStdin() {
        stdin("line1\nline2\nlast");
        assertEquals("line1", Ops.strString(call("input")));
        assertEquals("line2", Ops.strString(call("input", s("? "))));
        assertEquals("last", Ops.strString(call("input")));
        raises(Exceptions.EOF_ERROR, "EOF when reading a line", () -> call("input"));
        assertEquals("? ", text());
        raises(Exceptions.TYPE_ERROR, "input expected at most 1 argument, got 2", () -> call("input", 1L, 2L));
    }

    @Test
    void standardInputReading() {
        Object in = input("a\u00e9\nb\r\n\nc");
        assertEquals("a\u00e9\n", Ops.strString(Ops.call(Ops.getAttr(in, "readline"))));
        assertEquals("b\r\n", Ops.strString(Ops.call(Ops.getAttr(in, "readline"))));
        assertEquals("\n", Ops.strString(Ops.next(Ops.iter(in))));
        assertEquals("c", Ops.strString(Ops.call(Ops.getAttr(in, "read"))));
        assertEquals("", Ops.strString(Ops.call(Ops.getAttr(in, "readline"))));
        assertSame(null, Ops.next(Ops.iter(in)));
        Object lines = input("x\ny\n");
        assertEquals("['x\\n', 'y\\n']", Ops.reprString(Ops.call(Ops.getAttr(lines, "readlines"))));
        Object sized = input("abcdef");
        assertEquals("ab", Ops.strString(Ops.call(Ops.getAttr(sized, "read"), 2L)));
        assertEquals("cde", Ops.strString(Ops.call(Ops.getAttr(sized, "readline"), 3L)));
        PyException unsupported = assertThrows(PyException.class, () -> Ops.call(Ops.getAttr(sized, "write"), s("x")));
        assertTrue(unsupported.matches(Exceptions.OS_ERROR) && unsupported.matches(Exceptions.VALUE_ERROR));
        assertEquals("not writable", Ops.strString(unsupported.value));
        assertEquals("r", Ops.strString(Ops.getAttr(sized, "mode")));
    }
}
