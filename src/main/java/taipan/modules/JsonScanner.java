package taipan.modules;

import java.util.HashMap;
import taipan.interpreter.PythonRuntime;
import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * {@code _json.make_scanner} (type {@code _json.Scanner}): made from a JSONDecoder-like context
 * (strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), called as
 * {@code scan_once(string, idx)} it parses one JSON value and returns {@code (value, end)}, or
 * raises StopIteration(idx) where no value starts (also from inside arrays and objects, as
 * CPython's C scanner does); syntax errors raise {@code json.decoder.JSONDecodeError}.
 *
 * <p>Parsing works on the Java string's chars; indexes crossing to Python are code points
 * ({@link Scan#pyIndex}, {@link Scan#charIndex}), which are the same for strings without
 * surrogate pairs. Object keys are shared through a memo for the duration of one call.
 */
final class JsonScanner extends PyObject {
    static final PyType TYPE = BuiltinTypes.builtin("Scanner", BuiltinTypes.OBJECT, null);

    private static boolean installed;

    final boolean strict;
    final Object objectHook;
    final Object pairsHook;
    final Object parseFloat;
    final Object parseInt;
    final Object parseConstant;

    private JsonScanner(PyType type, Object context) {
        super(type);
        strict = Ops.isTrue(Ops.getAttr(context, "strict"));
        Object hook = Ops.getAttr(context, "object_hook");
        objectHook = hook == Py.None ? null : hook;
        Object pairs = Ops.getAttr(context, "object_pairs_hook");
        pairsHook = pairs == Py.None ? null : pairs;
        Object pf = Ops.getAttr(context, "parse_float");
        parseFloat = pf == BuiltinTypes.FLOAT ? null : pf;
        Object pi = Ops.getAttr(context, "parse_int");
        parseInt = pi == BuiltinTypes.INT ? null : pi;
        parseConstant = Ops.getAttr(context, "parse_constant");
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PyType t = TYPE;
        t.define("__module__", PyStr.of("_json"));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("_json",
            "Scanner.__new__", "cls, context", (s, a) -> new JsonScanner((PyType) a[0], a[1]))));
        MethodDescriptor.define(t, "__call__", "string, idx", (self, a) -> {
            PyStr str = JsonModule.string(a[0]);
            long idx = ((Number) Ops.intValue(Ops.index(a[1]))).longValue();
            if (idx < 0) {
                throw Exceptions.valueError("idx cannot be negative");
            }
            if (idx >= str.codePointLength()) {
                throw Exceptions.stopIteration(idx);
            }
            Scan scan = new Scan(str, (JsonScanner) self);
            try {
                Object value = scan.value(scan.charIndex((int) idx));
                return PyTuple.of(value, (long) scan.pyIndex(scan.end));
            } catch (NoValue e) {
                throw Exceptions.stopIteration((long) scan.pyIndex(e.index));
            }
        });
    }

    /** No JSON value starts at {@link #index}: becomes StopIteration(index) at the scanner's call. */
    static final class NoValue extends RuntimeException {
        final int index;

        NoValue(int index) {
            super(null, null, false, false);
            this.index = index;
        }
    }

    /** One scan of one string: the parser proper. */
    static final class Scan {
        private final PyStr pystr;
        private final String s;
        private final int len;
        private final boolean strict;
        private final JsonScanner scanner;
        private final HashMap<String, PyStr> memo = new HashMap<>();
        private final int depthBase;
        private int depth;
        /** The char index after the last thing parsed. */
        int end;

        Scan(PyStr pystr, JsonScanner scanner) {
            this(pystr, scanner.strict, scanner);
        }

        Scan(PyStr pystr, boolean strict) {
            this(pystr, strict, null);
        }

        private Scan(PyStr pystr, boolean strict, JsonScanner scanner) {
            this.pystr = pystr;
            this.s = pystr.value();
            this.len = s.length();
            this.strict = strict;
            this.scanner = scanner;
            this.depthBase = ThreadState.current().depth;
        }

        int charIndex(int pyIndex) {
            return pystr.isBmp() ? pyIndex : pystr.offsetOf(pyIndex);
        }

        int pyIndex(int charIndex) {
            return pystr.isBmp() ? charIndex : s.codePointCount(0, charIndex);
        }

        private PyException error(String msg, int charIndex) {
            PythonRuntime rt = PythonRuntime.current();
            Object decoder = Ops.call(rt.builtins.getStr("__import__"), PyStr.of("json.decoder"), Py.None, Py.None,
                PyTuple.of(PyStr.of("JSONDecodeError")));
            Object type = Ops.getAttr(decoder, "JSONDecodeError");
            Object exc = Ops.call(type, PyStr.of(msg), pystr, (long) pyIndex(charIndex));
            return new PyException((taipan.runtime.PyBaseException) exc);
        }

        private int skipWhitespace(int i) {
            while (i < len) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        private void enter(String what) {
            if (depthBase + ++depth > ThreadState.recursionLimit) {
                throw Exceptions.error(Exceptions.RECURSION_ERROR,
                    "maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
            }
        }

        /** The value starting at char index {@code i}; sets {@link #end}. */
        Object value(int i) {
            if (i >= len) {
                throw new NoValue(i);
            }
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    return string(i + 1);
                case '{':
                    enter("object");
                    try {
                        return object(i + 1);
                    } finally {
                        depth--;
                    }
                case '[':
                    enter("array");
                    try {
                        return array(i + 1);
                    } finally {
                        depth--;
                    }
                case 'n':
                    if (s.startsWith("null", i)) {
                        end = i + 4;
                        return Py.None;
                    }
                    break;
                case 't':
                    if (s.startsWith("true", i)) {
                        end = i + 4;
                        return Boolean.TRUE;
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", i)) {
                        end = i + 5;
                        return Boolean.FALSE;
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", i)) {
                        end = i + 3;
                        return Ops.call(scanner.parseConstant, PyStr.of("NaN"));
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", i)) {
                        end = i + 8;
                        return Ops.call(scanner.parseConstant, PyStr.of("Infinity"));
                    }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", i)) {
                        end = i + 9;
                        return Ops.call(scanner.parseConstant, PyStr.of("-Infinity"));
                    }
                    break;
                default:
                    break;
            }
            return number(i);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private Object number(int start) {
            int i = start;
            if (i < len && s.charAt(i) == '-') {
                i++;
            }
            if (i < len && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
                i++;
                while (i < len && isDigit(s.charAt(i))) {
                    i++;
                }
            } else if (i < len && s.charAt(i) == '0') {
                i++;
            } else {
                throw new NoValue(start);
            }
            boolean isFloat = false;
            if (i + 1 < len && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                isFloat = true;
                i += 2;
                while (i < len && isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int expStart = i;
                i++;
                if (i < len && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                    i++;
                }
                while (i < len && isDigit(s.charAt(i))) {
                    i++;
                }
                if (isDigit(s.charAt(i - 1))) {
                    isFloat = true;
                } else {
                    i = expStart;
                }
            }
            end = i;
            String text = s.substring(start, i);
            if (isFloat) {
                return scanner.parseFloat != null ? Ops.call(scanner.parseFloat, PyStr.of(text)) : Double.parseDouble(text);
            }
            if (scanner.parseInt != null) {
                return Ops.call(scanner.parseInt, PyStr.of(text));
            }
            return text.length() <= 18 ? (Object) Long.parseLong(text) : Ops.call(BuiltinTypes.INT, PyStr.of(text));
        }

        private Object object(int i) {
            PyList pairs = scanner.pairsHook != null ? new PyList() : null;
            PyDict dict = pairs == null ? new PyDict() : null;
            i = skipWhitespace(i);
            if (i < len && s.charAt(i) == '}') {
                i++;
            } else {
                while (true) {
                    if (i >= len || s.charAt(i) != '"') {
                        throw error("Expecting property name enclosed in double quotes", i);
                    }
                    PyStr key = string(i + 1);
                    PyStr shared = memo.putIfAbsent(key.value(), key);
                    if (shared != null) {
                        key = shared;
                    }
                    i = skipWhitespace(end);
                    if (i >= len || s.charAt(i) != ':') {
                        throw error("Expecting ':' delimiter", i);
                    }
                    i = skipWhitespace(i + 1);
                    Object v = value(i);
                    if (pairs != null) {
                        pairs.append(PyTuple.of(key, v));
                    } else {
                        dict.put(key, v);
                    }
                    i = skipWhitespace(end);
                    if (i < len && s.charAt(i) == '}') {
                        i++;
                        break;
                    }
                    if (i >= len || s.charAt(i) != ',') {
                        throw error("Expecting ',' delimiter", i);
                    }
                    i = skipWhitespace(i + 1);
                }
            }
            Object result;
            if (pairs != null) {
                result = Ops.call(scanner.pairsHook, pairs);
            } else {
                result = scanner.objectHook != null ? Ops.call(scanner.objectHook, dict) : dict;
            }
            end = i;
            return result;
        }

        private Object array(int i) {
            PyList list = new PyList();
            i = skipWhitespace(i);
            if (i < len && s.charAt(i) == ']') {
                end = i + 1;
                return list;
            }
            while (true) {
                list.append(value(i));
                i = skipWhitespace(end);
                if (i < len && s.charAt(i) == ']') {
                    end = i + 1;
                    return list;
                }
                if (i >= len || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i = skipWhitespace(i + 1);
            }
        }

        private static int hexDigit(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'F') {
                return c - 'A' + 10;
            }
            return -1;
        }

        /** Four hex digits at {@code from}, or -1 if any is not a hex digit. */
        private int hex4(int from) {
            int v = 0;
            for (int k = from; k < from + 4; k++) {
                int d = hexDigit(s.charAt(k));
                if (d < 0) {
                    return -1;
                }
                v = (v << 4) | d;
            }
            return v;
        }

        /** The string whose body starts at char index {@code i} (after the opening quote); sets {@link #end}. */
        PyStr string(int i) {
            int begin = i - 1;
            StringBuilder sb = null;
            int chunk = i;
            while (true) {
                int next = chunk;
                char c = 0;
                while (next < len) {
                    c = s.charAt(next);
                    if (c == '"' || c == '\\') {
                        break;
                    }
                    if (c <= 0x1f && strict) {
                        throw error("Invalid control character at", next);
                    }
                    next++;
                }
                if (next >= len) {
                    throw error("Unterminated string starting at", begin);
                }
                if (c == '"') {
                    end = next + 1;
                    if (sb == null) {
                        return PyStr.of(s.substring(chunk, next));
                    }
                    return PyStr.of(sb.append(s, chunk, next).toString());
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, chunk, next);
                next++;
                if (next == len) {
                    throw error("Unterminated string starting at", begin);
                }
                c = s.charAt(next);
                if (c != 'u') {
                    chunk = next + 1;
                    switch (c) {
                        case '"', '\\', '/' -> sb.append(c);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        default -> throw error("Invalid \\escape", chunk - 2);
                    }
                    continue;
                }
                next++;
                int escEnd = next + 4;
                if (escEnd >= len) {
                    throw error("Invalid \\uXXXX escape", next - 1);
                }
                int u = hex4(next);
                if (u < 0) {
                    throw error("Invalid \\uXXXX escape", escEnd - 5);
                }
                if (u >= 0xd800 && u <= 0xdbff && escEnd + 6 < len && s.charAt(escEnd) == '\\'
                        && s.charAt(escEnd + 1) == 'u') {
                    int u2 = hex4(escEnd + 2);
                    if (u2 < 0) {
                        throw error("Invalid \\uXXXX escape", escEnd + 1);
                    }
                    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                        sb.append((char) u).append((char) u2);
                        chunk = escEnd + 6;
                        continue;
                    }
                }
                sb.append((char) u);
                chunk = escEnd;
            }
        }
    }
}
