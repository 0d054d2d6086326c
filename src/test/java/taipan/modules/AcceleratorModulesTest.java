package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import taipan.runtime.Ops;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.TypeSetup;

/** Java-level details of _json, _csv and _operator, with CPython 3.11's results. */
class AcceleratorModulesTest {
    @BeforeAll
    static void setup() {
        TypeSetup.installAll();
    }

    private static Object fn(PyModule m, String name) {
        return m.dict.get(PyStr.of(name));
    }

    @Test
    void jsonQuotingEscapesSurrogatePairsAsTwoEscapesAndKeepsThemWithoutAscii() {
        PyStr s = PyStr.of("a\u007f\u00e9\uD834\uDD1E\"\\\n\u0000");
        assertEquals("\"a\\u007f\\u00e9\\ud834\\udd1e\\\"\\\\\\n\\u0000\"", JsonModule.quote(s, true));
        assertEquals("\"a\u007f\u00e9\uD834\uDD1E\\\"\\\\\\n\\u0000\"", JsonModule.quote(s, false));
    }

    @Test
    void scanstringCountsPositionsInCodePoints() {
        PyModule m = JsonModule.create();
        Object r = Ops.call(fn(m, "scanstring"), PyStr.of("\"\uD83D\uDC0D\\n\" z"), 1L);
        assertEquals("('\uD83D\uDC0D\\n', 5)", Ops.reprString(r));
        PyException e = assertThrows(PyException.class, () -> Ops.call(fn(m, "scanstring"), PyStr.of("abc"), 10L));
        assertEquals("end is out of bounds", Ops.strString(e.value));
    }

    @Test
    void csvReaderHandlesQuotedNewlinesAcrossLines() {
        PyModule m = CsvModule.create();
        Object reader = Ops.call(fn(m, "reader"), PyList.of(PyStr.of("a,\"b\n"), PyStr.of("c\",d\n")));
        assertEquals("['a', 'b\\nc', 'd']", Ops.reprString(Ops.next(reader)));
        assertEquals(2L, Ops.getAttr(reader, "line_num"));
    }

    @Test
    void itemgetterReturnsOneItemOrATuple() {
        PyModule m = OperatorModule.create();
        Object one = Ops.call(fn(m, "itemgetter"), 1L);
        Object two = Ops.call(fn(m, "itemgetter"), 0L, 2L);
        PyTuple t = PyTuple.of(PyStr.of("x"), PyStr.of("y"), PyStr.of("z"));
        assertEquals("'y'", Ops.reprString(Ops.call(one, t)));
        assertEquals("('x', 'z')", Ops.reprString(Ops.call(two, t)));
        assertEquals("operator.itemgetter(0, 2)", Ops.reprString(two));
    }
}
