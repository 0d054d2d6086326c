package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyComplex;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.TypeSetup;

/**
 * The math and cmath modules against a table of calls whose results (values
 * or exceptions) CPython 3.11 produced: tools/gen_math_cases.py writes
 * math_cases.txt (its header describes the encoding). Floats must match bit
 * for bit, signed zeros and NaNs included, except that each case carries a
 * tolerance in ulps for functions whose last bits depend on the C library.
 */
class MathCasesTest {
    private static final Map<String, PyModule> MODULES = new TreeMap<>();

    @BeforeAll
    static void setUp() {
        TypeSetup.installAll();
        MODULES.put("math", MathModule.create());
        MODULES.put("cmath", CmathModule.create());
    }

    @Test
    void everyCaseMatchesCPython() throws IOException {
        List<String[]> cases = load();
        assertTrue(cases.size() > 400, "the case table is complete");
        Map<String, Integer> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            String key = c[0] + "." + c[1];
            counts.merge(key, 1, Integer::sum);
            String expected = c[c.length - 2];
            long ulps = Long.parseLong(c[c.length - 1]);
            Object[] args = new Object[c.length - 4];
            for (int i = 0; i < args.length; i++) {
                args[i] = decode(c[i + 2]);
            }
            String failure;
            try {
                Object f = MODULES.get(c[0]).dict.get(PyStr.of(c[1]));
                Object actual = Ops.call(f, args);
                failure = expected.startsWith("E:") ? "no exception, got " + Ops.reprString(actual)
                    : matches(decode(expected), actual, ulps) ? null : "got " + Ops.reprString(actual);
            } catch (PyException e) {
                String got = "E:" + e.value.type.name() + ": " + Ops.strString(e.value);
                failure = got.equals(expected) ? null : "got " + got;
            }
            if (failure != null) {
                failures.add(key + " " + String.join(" ", Arrays.copyOfRange(c, 2, c.length - 2))
                    + "\n    expected " + expected + " (" + ulps + " ulps)\n    " + failure);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases differ " + counts + ":\n"
            + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    private static boolean matches(Object expected, Object actual, long ulps) {
        if (expected instanceof Double e) {
            return actual instanceof Double a && close(e, a, ulps);
        }
        if (expected instanceof PyComplex e) {
            return actual instanceof PyComplex a && close(e.real, a.real, ulps) && close(e.imag, a.imag, ulps);
        }
        if (expected instanceof PyTuple e) {
            if (!(actual instanceof PyTuple a) || a.items.length != e.items.length) {
                return false;
            }
            for (int i = 0; i < e.items.length; i++) {
                if (!matches(e.items[i], a.items[i], ulps)) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Boolean) {
            return expected.equals(actual);
        }
        return !(actual instanceof Boolean) && !(actual instanceof Double) && Ops.eq(expected, actual);
    }

    private static boolean close(double e, double a, long ulps) {
        if (Double.isNaN(e) || Double.isNaN(a)) {
            return Double.isNaN(e) && Double.isNaN(a);
        }
        if (Double.doubleToLongBits(e) == Double.doubleToLongBits(a)) {
            return true;
        }
        if (Double.isInfinite(e) || Double.isInfinite(a) || e == 0 && a == 0 || Math.signum(e) != Math.signum(a)) {
            return false;
        }
        return Math.abs(Double.doubleToLongBits(e) - Double.doubleToLongBits(a)) <= ulps;
    }

    private static Object decode(String v) {
        switch (v) {
            case "T":
                return Boolean.TRUE;
            case "F":
                return Boolean.FALSE;
            case "N":
                return Py.None;
            default:
        }
        String body = v.substring(2);
        return switch (v.substring(0, 2)) {
            case "i:" -> Py.newInt(new BigInteger(body));
            case "f:" -> hexToDouble(body);
            case "c:" -> new PyComplex(hexToDouble(body.split(",")[0]), hexToDouble(body.split(",")[1]));
            case "s:" -> PyStr.of(body);
            case "t:" -> PyTuple.of(items(body));
            case "l:" -> new PyList(items(body));
            default -> throw new IllegalArgumentException("bad value " + v);
        };
    }

    private static Object[] items(String body) {
        if (body.isEmpty()) {
            return new Object[0];
        }
        String[] parts = body.split("\\|");
        Object[] out = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = decode(parts[i]);
        }
        return out;
    }

    private static double hexToDouble(String h) {
        return switch (h) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(h);
        };
    }

    private static List<String[]> load() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
            MathCasesTest.class.getResourceAsStream("math_cases.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}
