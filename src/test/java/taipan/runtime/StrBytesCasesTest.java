package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import taipan.ast.ConstantRepr;

/**
 * Runs the calls on str, bytes and bytearray listed in str_bytes_cases.txt
 * (written by tools/gen_str_cases.py from CPython 3.11) and compares each
 * result's repr, or the exception's type and message, with CPython's.
 */
class StrBytesCasesTest {
    static {
        TypeSetup.installAll();
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StrBytesCasesTest.class.getResourceAsStream("str_bytes_cases.txt"), StandardCharsets.US_ASCII))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String text = line;
                String[] f = line.split("\t");
                String expected = unescape(f[f.length - 1].substring(1));
                String name = (++n) + ": " + unescape(f[0]) + " " + f[1] + " " + (f.length > 3 ? unescape(f[2]) : "");
                tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(expected, run(f), text)));
            }
        }
        return tests.stream();
    }

    private static String run(String[] f) {
        Object recv = decode(f[0]);
        Object[] args = new Object[f.length - 3];
        for (int i = 0; i < args.length; i++) {
            args[i] = decode(f[i + 2]);
        }
        String out;
        try {
            out = repr(apply(recv, f[1], args));
        } catch (PyException e) {
            out = "!" + e.value.type.name() + ": " + message(e.value);
        }
        if (recv instanceof PyByteArray) {
            out += " ; " + repr(recv);
        }
        return out;
    }

    private static Object apply(Object recv, String op, Object[] a) {
        return switch (op) {
            case "+" -> Arithmetic.binary(BinaryOp.ADD, recv, a[0]);
            case "*" -> Arithmetic.binary(BinaryOp.MUL, recv, a[0]);
            case "in" -> Ops.contains(recv, a[0]);
            case "[]" -> Ops.getItem(recv, a[0]);
            case "repr" -> Ops.repr(recv);
            case "len" -> (long) Ops.len(recv);
            case "list" -> {
                PyList l = new PyList();
                Object it = Ops.iter(recv);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                    l.append(x);
                }
                yield l;
            }
            case "<" -> Ops.richCompare(recv, a[0], CompareOp.LT);
            case "==" -> Ops.richCompare(recv, a[0], CompareOp.EQ);
            case "call" -> Ops.call(recv, a);
            default -> Ops.call(Ops.getAttr(recv, op), a);
        };
    }

    private static String message(PyBaseException e) {
        if (e.type.isSubtypeOf(Exceptions.UNICODE_ERROR)) {
            return Ops.strString(e);
        }
        if (e.args.items.length == 0) {
            return "";
        }
        return e.args.items[0] instanceof PyStr s ? s.value() : repr(e.args.items[0]);
    }

    /** repr() for the result types, independent of the container types' own methods. */
    static String repr(Object o) {
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o == Py.None) {
            return "None";
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Double d) {
            return ConstantRepr.floatRepr(d);
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                sb.append(i > 0 ? ", " : "").append(repr(l.items[i]));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(repr(t.items[i]));
            }
            return sb.append(t.items.length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof PyDict d) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) != null) {
                    sb.append(first ? "" : ", ").append(repr(d.keyAt(i))).append(": ").append(repr(d.valueAt(i)));
                    first = false;
                }
            }
            return sb.append('}').toString();
        }
        return Ops.reprString(o);
    }

    private static Object decode(String v) {
        if (v.equals("N")) {
            return Py.None;
        }
        int colon = v.indexOf(':');
        String kind = v.substring(0, colon);
        String body = v.substring(colon + 1);
        return switch (kind) {
            case "s" -> PyStr.of(unescape(body));
            case "b" -> new PyBytes(hex(body));
            case "y" -> new PyByteArray(hex(body));
            case "i" -> {
                BigInteger b = new BigInteger(body);
                yield Py.newInt(b);
            }
            case "f" -> Double.parseDouble(body);
            case "T" -> PyTuple.of(items(body));
            case "L" -> new PyList(items(body));
            case "S" -> {
                Object[] s = items(body);
                yield new PySlice(s[0], s[1], s[2]);
            }
            case "D" -> {
                Object[] kv = items(body);
                PyDict d = new PyDict();
                for (int i = 0; i < kv.length; i += 2) {
                    d.put(kv[i], kv[i + 1]);
                }
                yield d;
            }
            case "I" -> Ops.iter(decode(body));
            case "type" -> switch (body) {
                case "str" -> BuiltinTypes.STR;
                case "bytes" -> BuiltinTypes.BYTES;
                case "bytearray" -> BuiltinTypes.BYTEARRAY;
                default -> throw new IllegalArgumentException(body);
            };
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static Object[] items(String body) {
        if (body.isEmpty()) {
            return new Object[0];
        }
        String[] parts = body.split(",");
        Object[] out = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = decode(parts[i]);
        }
        return out;
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** Decodes the \\uXXXX and \\UXXXXXXXX escapes of the data file (lone surrogates stay lone). */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 6;
            } else if (c == '\\' && s.charAt(i + 1) == 'U') {
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 10), 16));
                i += 10;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
