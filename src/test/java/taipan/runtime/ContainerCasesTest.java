package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The containers against tables CPython 3.11 wrote (tools/gen_container_cases.py):
 * set iteration orders after random adds/discards/pops, set operator results,
 * frozenset and tuple hashes, slice.indices, list slicing, sort stability and
 * ranges. Values are printed by {@link #py}, which walks containers with
 * {@link Ops#iter} (so set orders are the tables' orders) and prints ints
 * itself, independent of the int type's own repr.
 */
class ContainerCasesTest {
    private static List<String[]> cases;

    @BeforeAll
    static void load() throws IOException {
        TypeSetup.installAll();
        cases = new ArrayList<>();
        try (InputStream in = ContainerCasesTest.class.getResourceAsStream("container_cases.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int sp = line.indexOf(' ');
                int arrow = line.indexOf(" => ");
                cases.add(new String[] {line.substring(0, sp), line.substring(sp + 1, arrow), line.substring(arrow + 4), line});
            }
        }
    }

    // ---- helpers ------------------------------------------------------------

    static Object m(Object self, String name, Object... args) {
        return Ops.call(Ops.getAttr(self, name), args);
    }

    /** A CPython-like printout of ints, bools, None, tuples, lists, sets (in iteration order) and ranges. */
    static String py(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o == Py.None) {
            return "None";
        }
        if (o instanceof PyRange) {
            return Ops.reprString(o);
        }
        List<String> parts = new ArrayList<>();
        Object it = Ops.iter(o);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            parts.add(py(x));
        }
        String body = String.join(", ", parts);
        if (o instanceof PyTuple) {
            return "(" + body + (parts.size() == 1 ? ",)" : ")");
        }
        if (o instanceof PyList) {
            return "[" + body + "]";
        }
        if (o instanceof PySet) {
            return parts.isEmpty() ? "set()" : "{" + body + "}";
        }
        throw new AssertionError("cannot print " + o);
    }

    /** Parses a Python literal made of ints, None, lists and tuples. */
    static Object lit(String s) {
        int[] pos = {0};
        Object v = parse(s.strip(), pos);
        return v;
    }

    private static Object parse(String s, int[] pos) {
        char c = s.charAt(pos[0]);
        if (c == '[' || c == '(') {
            char close = c == '[' ? ']' : ')';
            pos[0]++;
            List<Object> items = new ArrayList<>();
            while (true) {
                skip(s, pos);
                if (s.charAt(pos[0]) == close) {
                    pos[0]++;
                    break;
                }
                items.add(parse(s, pos));
                skip(s, pos);
                if (s.charAt(pos[0]) == ',') {
                    pos[0]++;
                }
            }
            return c == '[' ? PyList.of(items.toArray()) : PyTuple.of(items.toArray());
        }
        if (s.startsWith("None", pos[0])) {
            pos[0] += 4;
            return Py.None;
        }
        int start = pos[0];
        if (c == '-') {
            pos[0]++;
        }
        while (pos[0] < s.length() && Character.isDigit(s.charAt(pos[0]))) {
            pos[0]++;
        }
        return Py.newInt(new BigInteger(s.substring(start, pos[0])));
    }

    private static void skip(String s, int[] pos) {
        while (s.charAt(pos[0]) == ' ') {
            pos[0]++;
        }
    }

    static String run(Runnable r) {
        try {
            r.run();
            return null;
        } catch (PyException e) {
            return "!" + e.value.type.name() + ": " + Ops.strString(e.value.args.items[0]);
        }
    }

    private static String[] fields(String s) {
        return s.split(" ; ", -1);
    }

    private static int count(String kind) {
        int n = 0;
        for (String[] c : cases) {
            if (c[0].equals(kind)) {
                n++;
            }
        }
        return n;
    }

    // ---- sets ------------------------------------------------------------------

    @Test
    void setIterationOrderAfterAddsDiscardsAndPops() {
        assertTrue(count("SET") >= 500);
        for (String[] c : cases) {
            if (!c[0].equals("SET")) {
                continue;
            }
            PySet s = (PySet) Ops.call(BuiltinTypes.SET);
            PyList popped = new PyList();
            for (String op : c[1].isBlank() ? new String[0] : c[1].split(" ")) {
                switch (op.charAt(0)) {
                    case 'a' -> m(s, "add", lit(op.substring(1)));
                    case 'd' -> m(s, "discard", lit(op.substring(1)));
                    default -> popped.append(m(s, "pop"));
                }
            }
            assertEquals(c[2], py(s) + " ; " + py(popped), c[3]);
        }
    }

    @Test
    void setOperatorsAndMethods() {
        assertTrue(count("SETOP") >= 300);
        for (String[] c : cases) {
            if (!c[0].equals("SETOP")) {
                continue;
            }
            String[] in = fields(c[1]);
            Object aItems = lit(in[0]);
            Object bItems = lit(in[2]);
            Object a = Ops.call(BuiltinTypes.SET, aItems);
            Object drops = Ops.iter(lit(in[1]));
            for (Object x = Ops.next(drops); x != null; x = Ops.next(drops)) {
                m(a, "discard", x);
            }
            Object b = Ops.call(BuiltinTypes.SET, bItems);
            List<Object> res = new ArrayList<>();
            res.add(Arithmetic.binary(BinaryOp.OR, a, b));
            res.add(Arithmetic.binary(BinaryOp.AND, a, b));
            res.add(Arithmetic.binary(BinaryOp.SUB, a, b));
            res.add(Arithmetic.binary(BinaryOp.XOR, a, b));
            res.add(Arithmetic.binary(BinaryOp.SUB, b, a));
            res.add(m(a, "union", bItems));
            res.add(m(a, "intersection", bItems));
            res.add(m(a, "difference", bItems));
            res.add(m(a, "symmetric_difference", bItems));
            for (BinaryOp op : new BinaryOp[] {BinaryOp.IOR, BinaryOp.IAND, BinaryOp.ISUB, BinaryOp.IXOR}) {
                Object x = m(a, "copy");
                Object r = Arithmetic.binary(op, x, b);
                assertTrue(r == x, "in-place operator returns the set itself");
                res.add(x);
            }
            for (String name : new String[] {"update", "difference_update", "intersection_update"}) {
                Object x = m(a, "copy");
                m(x, name, bItems);
                res.add(x);
            }
            List<String> flags = new ArrayList<>();
            for (CompareOp op : new CompareOp[] {CompareOp.LE, CompareOp.LT, CompareOp.GE, CompareOp.GT, CompareOp.EQ}) {
                flags.add(py(Ops.richCompare(a, b, op)));
            }
            flags.add(py(m(a, "isdisjoint", b)));
            flags.add(py(m(a, "issubset", bItems)));
            flags.add(py(m(a, "issuperset", bItems)));
            StringBuilder got = new StringBuilder();
            for (Object r : res) {
                got.append(py(r)).append(" ; ");
            }
            got.append("[").append(String.join(", ", flags)).append("]");
            assertEquals(c[2], got.toString(), c[3]);
        }
    }

    @Test
    void frozensetAndTupleHashes() {
        assertTrue(count("FHASH") + count("THASH") >= 80);
        for (String[] c : cases) {
            if (c[0].equals("FHASH")) {
                assertEquals(Long.parseLong(c[2]), Ops.hash(Ops.call(BuiltinTypes.FROZENSET, lit(c[1]))), c[3]);
            } else if (c[0].equals("THASH")) {
                assertEquals(Long.parseLong(c[2]), Ops.hash(Ops.call(BuiltinTypes.TUPLE, lit(c[1]))), c[3]);
            }
        }
    }

    // ---- slices and lists --------------------------------------------------------

    @Test
    void sliceIndices() {
        assertTrue(count("IDX") >= 200);
        for (String[] c : cases) {
            if (!c[0].equals("IDX")) {
                continue;
            }
            String[] in = fields(c[1]);
            Object s = Ops.call(BuiltinTypes.SLICE, lit(in[0]), lit(in[1]), lit(in[2]));
            assertEquals(c[2], py(m(s, "indices", lit(in[3]))), c[3]);
        }
    }

    private static Object range(String n) {
        return Ops.call(BuiltinTypes.LIST, Ops.call(BuiltinTypes.RANGE, lit(n)));
    }

    @Test
    void listSliceGetAssignDelete() {
        assertTrue(count("LSG") + count("LSA") + count("LSD") >= 900);
        for (String[] c : cases) {
            String[] in = fields(c[1]);
            switch (c[0]) {
                case "LSG" -> {
                    Object s = Ops.call(BuiltinTypes.SLICE, lit(in[1]), lit(in[2]), lit(in[3]));
                    String[] out = new String[1];
                    String e = run(() -> out[0] = py(Ops.getItem(range(in[0]), s)));
                    assertEquals(c[2], e != null ? e : out[0], c[3]);
                }
                case "LSA" -> {
                    Object s = Ops.call(BuiltinTypes.SLICE, lit(in[1]), lit(in[2]), lit(in[3]));
                    Object l = range(in[0]);
                    Object v = Ops.call(BuiltinTypes.LIST, Ops.call(BuiltinTypes.RANGE, 100L, 100L + (Long) lit(in[4])));
                    String e = run(() -> Ops.setItem(l, s, v));
                    assertEquals(c[2], e != null ? e : py(l), c[3]);
                }
                case "LSD" -> {
                    Object s = Ops.call(BuiltinTypes.SLICE, lit(in[1]), lit(in[2]), lit(in[3]));
                    Object l = range(in[0]);
                    String e = run(() -> Ops.delItem(l, s));
                    assertEquals(c[2], e != null ? e : py(l), c[3]);
                }
                default -> { }
            }
        }
    }

    @Test
    void randomListPrograms() {
        assertTrue(count("LOPS") >= 300);
        for (String[] c : cases) {
            if (!c[0].equals("LOPS")) {
                continue;
            }
            Object[] lst = {Ops.call(BuiltinTypes.LIST)};
            List<String> got = new ArrayList<>();
            for (String op : c[1].split(" \\| ")) {
                String[] w = op.split(" ");
                Object[] result = {Py.None};
                String e = run(() -> {
                    Object l = lst[0];
                    switch (w[0]) {
                        case "a" -> m(l, "append", lit(w[1]));
                        case "i" -> m(l, "insert", lit(w[1]), lit(w[2]));
                        case "p" -> result[0] = w.length == 1 ? m(l, "pop") : m(l, "pop", lit(w[1]));
                        case "r" -> m(l, "remove", lit(w[1]));
                        case "s" -> {
                            PyList v = new PyList();
                            for (int k = 4; k < w.length; k++) {
                                v.append(lit(w[k]));
                            }
                            Ops.setItem(l, Ops.call(BuiltinTypes.SLICE, lit(w[1]), lit(w[2]), lit(w[3])), v);
                        }
                        case "x" -> Ops.delItem(l, Ops.call(BuiltinTypes.SLICE, lit(w[1]), lit(w[2]), lit(w[3])));
                        case "d" -> Ops.delItem(l, lit(w[1]));
                        case "e" -> m(l, "extend", Ops.call(BuiltinTypes.RANGE, lit(w[1])));
                        case "v" -> m(l, "reverse");
                        case "o" -> m(l, "sort");
                        case "O" -> Ops.call(Ops.getAttr(l, "sort"), new Object[] {true}, new String[] {"reverse"});
                        case "n" -> result[0] = m(l, "index", lit(w[1]));
                        case "c" -> result[0] = m(l, "count", lit(w[1]));
                        case "m" -> lst[0] = Arithmetic.binary(BinaryOp.IMUL, l, lit(w[1]));
                        default -> lst[0] = Arithmetic.binary(BinaryOp.ADD, l,
                            Ops.call(BuiltinTypes.LIST, Ops.call(BuiltinTypes.RANGE, lit(w[1]))));
                    }
                });
                got.add(e != null ? e : py(result[0]));
            }
            got.add(py(lst[0]));
            assertEquals(c[2], String.join(" ; ", got), c[3]);
        }
    }

    @Test
    void sortIsStableWithKeyAndReverse() {
        assertTrue(count("SORT") + count("ISORT") >= 100);
        Object first = BuiltinFunction.of("test", "first", "x, /", (self, a) -> ((PyTuple) a[0]).items[0]);
        for (String[] c : cases) {
            if (c[0].equals("SORT")) {
                Object pairs = lit(c[1]);
                Object byKey = m(pairs, "copy");
                Ops.call(Ops.getAttr(byKey, "sort"), new Object[] {first}, new String[] {"key"});
                Object byKeyRev = m(pairs, "copy");
                Ops.call(Ops.getAttr(byKeyRev, "sort"), new Object[] {first, true}, new String[] {"key", "reverse"});
                Object whole = m(pairs, "copy");
                ListSort.sort((PyList) whole, Py.None, true);
                assertEquals(c[2], py(byKey) + " ; " + py(byKeyRev) + " ; " + py(whole), c[3]);
            } else if (c[0].equals("ISORT")) {
                Object items = lit(c[1]);
                m(items, "sort");
                assertEquals(c[2], py(items), c[3]);
            }
        }
    }

    // ---- ranges -------------------------------------------------------------------

    @Test
    void ranges() {
        assertTrue(count("RNG") >= 100);
        for (String[] c : cases) {
            if (!c[0].equals("RNG")) {
                continue;
            }
            String[] in = fields(c[1]);
            Object r = Ops.call(BuiltinTypes.RANGE, lit(in[0]), lit(in[1]), lit(in[2]));
            Object probe = lit(in[3]);
            String got = py(Ops.call(BuiltinTypes.LIST, r)) + " ; "
                + py(Ops.call(BuiltinTypes.LIST, Ops.call(Iterators.REVERSED, r))) + " ; "
                + Ops.len(r) + " ; "
                + py(Ops.getItem(r, Ops.call(BuiltinTypes.SLICE, Py.None, Py.None, 2L))) + " ; "
                + py(Ops.getItem(r, Ops.call(BuiltinTypes.SLICE, Py.None, Py.None, -1L))) + " ; "
                + py(Ops.getItem(r, Ops.call(BuiltinTypes.SLICE, 1L, -1L))) + " ; "
                + py(Ops.contains(r, probe)) + " ; "
                + py(m(r, "count", probe)) + " ; "
                + (Ops.len(r) > 1 ? Long.toString(Ops.hash(r)) : "-");
            assertEquals(c[2], got, c[3]);
        }
    }
}
