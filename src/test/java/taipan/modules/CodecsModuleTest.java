package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.TypeSetup;

/** The _codecs module through Ops, with CPython 3.11's results. */
class CodecsModuleTest {
    @BeforeAll
    static void setup() {
        TypeSetup.installAll();
    }

    private final PyModule m = CodecsModule.create();

    private Object call(String name, Object... args) {
        return Ops.call(m.dict.get(PyStr.of(name)), args);
    }

    private static String repr(Object o) {
        return Ops.reprString(o);
    }

    private static PyBytes bytes(int... b) {
        byte[] a = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            a[i] = (byte) b[i];
        }
        return new PyBytes(a);
    }

    private static String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.value.type.name() + ": " + Ops.strString(e.value);
    }

    @Test
    void utf8DecodeHoldsBackAnIncompleteSequenceUnlessFinal() {
        assertEquals("('a', 1)", repr(call("utf_8_decode", bytes('a', 0xE2, 0x82), PyStr.of("strict"), false)));
        assertEquals("('a\ufffd', 3)", repr(call("utf_8_decode", bytes('a', 0xE2, 0x82), PyStr.of("replace"), true)));
        assertEquals("('a', 2)", repr(call("utf_8_decode", bytes('a', 0xFF), PyStr.of("ignore"), false)));
    }

    @Test
    void utf8EncodeCountsCodePoints() {
        assertEquals("(b'h\\xc3\\xa9\\xf0\\x9f\\x98\\x80', 3)", repr(call("utf_8_encode", PyStr.of("h\u00e9\uD83D\uDE00"))));
        assertEquals("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed",
            error(() -> call("utf_8_encode", PyStr.of("\uDC80"))));
        assertEquals("(b'\\x80', 1)", repr(call("utf_8_encode", PyStr.of("\uDC80"), PyStr.of("surrogateescape"))));
    }

    @Test
    void utf16ExDecodeReportsTheByteOrderOfItsBom() {
        assertEquals("('a', 4, 1)", repr(call("utf_16_ex_decode", bytes(0xFE, 0xFF, 0, 'a', 0), PyStr.of("strict"), 0L, false)));
        assertEquals("('a', 2, 0)", repr(call("utf_16_ex_decode", bytes('a', 0), PyStr.of("strict"), 0L, true)));
        assertEquals("('', 0)", repr(call("utf_16_le_decode", bytes(0x3D, 0xD8), PyStr.of("strict"), false)));
        assertEquals("(b'\\xd8=\\xde\\x00', 1)", repr(call("utf_16_be_encode", PyStr.of("\uD83D\uDE00"))));
        assertEquals("(b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00', 1)", repr(call("utf_32_encode", PyStr.of("a"))));
        assertEquals("('a', 8, -1)", repr(call("utf_32_ex_decode",
            bytes(0xFF, 0xFE, 0, 0, 'a', 0, 0, 0, 'b'), Py.None, 0L, false)));
    }

    @Test
    void charmapCodecsUseTablesAndMappings() {
        assertEquals("{97: 0, 98: 1}", repr(call("charmap_build", PyStr.of("ab"))));
        assertEquals("('\\x80a', 2)", repr(call("charmap_decode", bytes(0x80, 'a'), PyStr.of("strict"), Py.None)));
        assertEquals("('ba\ufffd', 3)", repr(call("charmap_decode", bytes(1, 0, 5), PyStr.of("replace"), PyStr.of("ab"))));
        assertEquals("UnicodeDecodeError: 'charmap' codec can't decode byte 0x05 in position 0: character maps to <undefined>",
            error(() -> call("charmap_decode", bytes(5), PyStr.of("strict"), PyStr.of("ab"))));
        Object map = call("charmap_build", PyStr.of("ab?"));
        assertEquals("(b'\\x01\\x00\\x02\\x02', 4)", repr(call("charmap_encode", PyStr.of("ba\u20acc"), PyStr.of("replace"), map)));
    }

    @Test
    void escapeCodecs() {
        assertEquals("(b'\\\\\\'\"\\\\\\\\\\\\x00\\\\x7f\\\\xff\\\\t', 7)",
            repr(call("escape_encode", bytes('\'', '"', '\\', 0, 0x7F, 0xFF, '\t'))));
        assertEquals("(b'A\\n', 6)", repr(call("escape_decode", bytes('\\', 'x', '4', '1', '\\', 'n'))));
        assertEquals("ValueError: invalid \\x escape at position 0", error(() -> call("escape_decode", bytes('\\', 'x', '4'))));
        assertEquals("(b'a\\\\n\\\\xe9\\\\u20ac', 4)", repr(call("unicode_escape_encode", PyStr.of("a\n\u00e9\u20ac"))));
        assertEquals("(b'h\\xc3\\xa9', 3)", repr(call("readbuffer_encode", PyStr.of("h\u00e9"))));
    }

    @Test
    void lookupNormalizesTheNameAsksSearchFunctionsInOrderAndCaches() {
        List<String> asked = new ArrayList<>();
        PyTuple info = PyTuple.of(Py.None, Py.None, Py.None, Py.None);
        call("register", BuiltinFunction.of("t", "search", "name, /", (s, a) -> {
            asked.add(((PyStr) a[0]).value());
            return ((PyStr) a[0]).value().equals("utf_8_xx_y.z") ? info : Py.None;
        }));
        assertSame(info, call("lookup", PyStr.of(" UTF-8 Xx-y.z ")));
        assertSame(info, call("lookup", PyStr.of("utf_8_XX_y.z")));
        assertEquals(List.of("utf_8_xx_y.z"), asked);
        assertEquals("LookupError: unknown encoding: No Such", error(() -> call("lookup", PyStr.of("No Such"))));
        assertEquals("TypeError: lookup() argument must be str, not int", error(() -> call("lookup", 1L)));
        assertEquals("TypeError: argument must be callable", error(() -> call("register", 1L)));
    }

    @Test
    void errorHandlersAreRegisteredUnderCpythonsNames() {
        assertEquals("<built-in function strict_errors>", repr(call("lookup_error", PyStr.of("strict"))));
        assertEquals("<built-in function surrogateescape>", repr(call("lookup_error", PyStr.of("surrogateescape"))));
        assertEquals("LookupError: unknown error handler name 'nope'", error(() -> call("lookup_error", PyStr.of("nope"))));
        Object exc = Ops.call(taipan.runtime.Exceptions.UNICODE_ENCODE_ERROR, PyStr.of("utf-8"),
            PyStr.of("a\uDC80\u20ac"), 1L, 3L, PyStr.of("r"));
        assertEquals("('\\\\udc80\\\\N{EURO SIGN}', 3)", repr(Ops.call(call("lookup_error", PyStr.of("namereplace")), exc)));
        assertEquals("('&#56448;&#8364;', 3)", repr(Ops.call(call("lookup_error", PyStr.of("xmlcharrefreplace")), exc)));
        assertEquals("('??', 3)", repr(Ops.call(call("lookup_error", PyStr.of("replace")), exc)));
        Object dec = Ops.call(taipan.runtime.Exceptions.UNICODE_DECODE_ERROR, PyStr.of("utf-8"),
            bytes('a', 0xED, 0xA0, 0x80), 1L, 2L, PyStr.of("r"));
        assertEquals("('\\ud800', 4)", repr(Ops.call(call("lookup_error", PyStr.of("surrogatepass")), dec)));
        assertEquals("('\\udced', 2)", repr(Ops.call(call("lookup_error", PyStr.of("surrogateescape")), dec)));
        assertEquals("TypeError: don't know how to handle UnicodeDecodeError in error callback",
            error(() -> Ops.call(call("lookup_error", PyStr.of("xmlcharrefreplace")), dec)));
    }
}
