package taipan.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import taipan.interpreter.CodeCache;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PySet;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code marshal} module: CPython's marshal format (versions 0 to 4) for
 * None, bools, ints, floats, complex numbers, str, bytes, tuples, lists, dicts,
 * sets, frozensets, StopIteration and Ellipsis. {@code loads} reads everything
 * CPython writes for those types, including back-references; {@code dumps}
 * writes CPython's encoding except that it never marks objects for reference
 * (CPython decides that from reference counts), which loaders accept.
 * Code objects are Taipan's own: type code {@code 'c'}, a length and the bytes of
 * {@link taipan.interpreter.CodeCache#codeToBytes}, readable only by the same
 * Taipan build (as CPython's are only by the same version).
 */
public final class MarshalModule {
    private MarshalModule() {}

    static final int VERSION = 4;
    private static final int FLAG_REF = 0x80;
    private static final int MAX_DEPTH = 2000;

    public static PyModule create() {
        PyModule m = new PyModule("marshal");
        m.dict.put(PyStr.of("version"), (long) VERSION);
        fn(m, "dumps", "value, version=4, /", (s, a) -> new PyBytes(dump(a[0], version(a[1]))));
        fn(m, "loads", "bytes, /", (s, a) -> {
            Reader r = new Reader(bufferBytes(a[0]), null);
            return r.read(0);
        });
        fn(m, "dump", "value, file, version=4, /", (s, a) -> {
            byte[] data = dump(a[0], version(a[2]));
            Ops.call(Ops.getAttr(a[1], "write"), new PyBytes(data));
            return Py.None;
        });
        fn(m, "load", "file, /", (s, a) -> new Reader(null, a[0]).read(0));
        return m;
    }

    private static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("marshal", name, spec, body));
    }

    private static int version(Object v) {
        return (int) Ops.indexAsInt(v);
    }

    private static byte[] bufferBytes(Object o) {
        return taipan.runtime.BufferProtocol.requireBytes(o);
    }

    // ---- writing ----

    static byte[] dump(Object value, int version) {
        Writer w = new Writer(version);
        w.write(value, 0);
        return w.out.toByteArray();
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;

        Writer(int version) {
            this.version = version;
        }

        void int32(long v) {
            out.write((int) v);
            out.write((int) (v >> 8));
            out.write((int) (v >> 16));
            out.write((int) (v >> 24));
        }

        void float64(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)));
            }
        }

        void sized(byte[] data) {
            int32(data.length);
            out.writeBytes(data);
        }

        void write(Object v, int depth) {
            if (depth > MAX_DEPTH) {
                throw Exceptions.valueError("object too deeply nested to marshal");
            }
            if (v == Py.None) {
                out.write('N');
            } else if (v == Py.Ellipsis) {
                out.write('.');
            } else if (v == Exceptions.STOP_ITERATION) {
                out.write('S');
            } else if (v instanceof Boolean b) {
                out.write(b ? 'T' : 'F');
            } else if (v instanceof Long || v instanceof BigInteger) {
                writeInt(v);
            } else if (v instanceof Double d) {
                writeFloat(d, 'g', 'f');
            } else if (v instanceof PyComplex c && Py.typeOf(v) == BuiltinTypes.COMPLEX) {
                if (version > 1) {
                    out.write('y');
                    float64(c.real);
                    float64(c.imag);
                } else {
                    out.write('x');
                    textFloat(c.real);
                    textFloat(c.imag);
                }
            } else if (v instanceof PyStr s && Py.typeOf(v) == BuiltinTypes.STR) {
                writeStr(s);
            } else if (v instanceof PyBytes b && Py.typeOf(v) == BuiltinTypes.BYTES) {
                out.write('s');
                sized(b.bytes);
            } else if (taipan.runtime.BufferProtocol.isExporter(v)) {
                out.write('s');
                sized(bufferBytes(v));
            } else if (v instanceof PyTuple t && Py.typeOf(v) == BuiltinTypes.TUPLE) {
                if (version >= 4 && t.items.length < 256) {
                    out.write(')');
                    out.write(t.items.length);
                } else {
                    out.write('(');
                    int32(t.items.length);
                }
                for (Object x : t.items) {
                    write(x, depth + 1);
                }
            } else if (v instanceof PyList l && Py.typeOf(v) == BuiltinTypes.LIST) {
                out.write('[');
                int32(l.size);
                for (int i = 0; i < l.size; i++) {
                    write(l.get(i), depth + 1);
                }
            } else if (v instanceof PyDict d && Py.typeOf(v) == BuiltinTypes.DICT) {
                out.write('{');
                for (int i = 0; i < d.entryLimit(); i++) {
                    Object k = d.keyAt(i);
                    if (k != null) {
                        write(k, depth + 1);
                        write(d.valueAt(i), depth + 1);
                    }
                }
                out.write('0');
            } else if (v instanceof PySet s && (Py.typeOf(v) == BuiltinTypes.SET || Py.typeOf(v) == BuiltinTypes.FROZENSET)) {
                out.write(s.isFrozen() ? '>' : '<');
                int32(s.used);
                for (Object x : s.table) {
                    if (x != null && x != PySet.DUMMY) {
                        write(x, depth + 1);
                    }
                }
            } else if (v instanceof taipan.bytecode.CodeObject c && CodeCache.codeToBytes(c) instanceof byte[] code) {
                out.write('c');
                sized(code);
            } else {
                throw Exceptions.valueError("unmarshallable object");
            }
        }

        private void writeInt(Object v) {
            if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                out.write('i');
                int32(l);
                return;
            }
            BigInteger big = Py.toBig(v);
            BigInteger mag = big.abs();
            List<Integer> digits = new ArrayList<>();
            BigInteger mask = BigInteger.valueOf(0x7FFF);
            while (mag.signum() != 0) {
                digits.add(mag.and(mask).intValue());
                mag = mag.shiftRight(15);
            }
            out.write('l');
            int32(big.signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                out.write(d & 0xFF);
                out.write(d >> 8);
            }
        }

        private void writeFloat(double d, int binary, int text) {
            if (version > 1) {
                out.write(binary);
                float64(d);
            } else {
                out.write(text);
                textFloat(d);
            }
        }

        private void textFloat(double d) {
            byte[] text = taipan.runtime.FloatFormat.general(d, 17, false, false, false)
                .getBytes(StandardCharsets.US_ASCII);
            out.write(text.length);
            out.writeBytes(text);
        }

        private void writeStr(PyStr s) {
            String value = s.value();
            boolean ascii = value.chars().allMatch(c -> c < 128);
            if (version >= 4 && ascii) {
                byte[] data = value.getBytes(StandardCharsets.US_ASCII);
                if (data.length < 256) {
                    out.write('z');
                    out.write(data.length);
                    out.writeBytes(data);
                } else {
                    out.write('a');
                    sized(data);
                }
            } else {
                out.write('u');
                sized(Codecs.encodeSurrogatePass(value));
            }
        }
    }

    /** UTF-8 with lone surrogates written as CPython's "surrogatepass" does. */
    private static final class Codecs {
        static byte[] encodeSurrogatePass(String s) {
            return taipan.runtime.Codecs.encode(s, "utf-8", "surrogatepass");
        }

        static String decodeSurrogatePass(byte[] b) {
            return taipan.runtime.Codecs.decode(b, 0, b.length, "utf-8", "surrogatepass");
        }
    }

    // ---- reading ----

    private static final class Reader {
        final byte[] data;
        final Object file;
        int pos;
        final List<Object> refs = new ArrayList<>();

        Reader(byte[] data, Object file) {
            this.data = data;
            this.file = file;
        }

        byte[] take(int n) {
            if (n < 0) {
                throw Exceptions.valueError("bad marshal data (bytes object size out of range)");
            }
            if (file != null) {
                Object got = Ops.call(Ops.getAttr(file, "read"), (long) n);
                byte[] b = bufferBytes(got);
                if (b.length < n) {
                    throw eof();
                }
                return b;
            }
            if (pos + n > data.length) {
                throw eof();
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        private static taipan.runtime.PyException eof() {
            return Exceptions.error(Exceptions.EOF_ERROR, "marshal data too short");
        }

        int byte1() {
            return take(1)[0] & 0xFF;
        }

        int int32() {
            byte[] b = take(4);
            return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | b[3] << 24;
        }

        double float64() {
            byte[] b = take(8);
            long bits = 0;
            for (int i = 7; i >= 0; i--) {
                bits = bits << 8 | (b[i] & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }

        double textFloat() {
            String text = new String(take(byte1()), StandardCharsets.US_ASCII);
            return (Double) Ops.call(BuiltinTypes.FLOAT, PyStr.of(text));
        }

        Object read(int depth) {
            if (depth > MAX_DEPTH) {
                throw Exceptions.valueError("recursion limit exceeded");
            }
            if (file == null && pos >= data.length) {
                throw Exceptions.error(Exceptions.EOF_ERROR, "EOF read where object expected");
            }
            return readWithCode(byte1(), depth);
        }

        Object readWithCode(int code, int depth) {
            boolean flag = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            int slot = -1;
            if (flag) {
                slot = refs.size();
                refs.add(null);
            }
            Object v = switch (type) {
                case 'N' -> Py.None;
                case 'F' -> Boolean.FALSE;
                case 'T' -> Boolean.TRUE;
                case '.' -> Py.Ellipsis;
                case 'S' -> Exceptions.STOP_ITERATION;
                case 'i' -> (long) int32();
                case 'l' -> readLong();
                case 'g' -> float64();
                case 'f' -> textFloat();
                case 'y' -> new PyComplex(float64(), float64());
                case 'x' -> new PyComplex(textFloat(), textFloat());
                case 's' -> new PyBytes(take(int32()));
                case 'u', 't' -> PyStr.of(Codecs.decodeSurrogatePass(take(int32())));
                case 'a', 'A' -> PyStr.of(new String(take(int32()), StandardCharsets.ISO_8859_1));
                case 'z', 'Z' -> PyStr.of(new String(take(byte1()), StandardCharsets.ISO_8859_1));
                case 'r' -> {
                    int index = int32();
                    if (index < 0 || index >= refs.size() || refs.get(index) == null) {
                        throw Exceptions.valueError("bad marshal data (invalid reference)");
                    }
                    yield refs.get(index);
                }
                case '(', ')' -> {
                    int n = type == ')' ? byte1() : int32();
                    Object[] items = new Object[checkSize(n)];
                    for (int i = 0; i < n; i++) {
                        items[i] = read(depth + 1);
                    }
                    yield PyTuple.of(items);
                }
                case '[' -> {
                    int n = checkSize(int32());
                    PyList list = new PyList();
                    remember(slot, list);
                    for (int i = 0; i < n; i++) {
                        list.append(read(depth + 1));
                    }
                    yield list;
                }
                case '{' -> {
                    PyDict d = new PyDict();
                    remember(slot, d);
                    for (int c = byte1(); c != '0'; c = byte1()) {
                        Object k = readWithCode(c, depth + 1);
                        Object val = read(depth + 1);
                        Ops.setItem(d, k, val);
                    }
                    yield d;
                }
                case '<', '>' -> {
                    int n = checkSize(int32());
                    PySet set = new PySet(type == '>' ? BuiltinTypes.FROZENSET : BuiltinTypes.SET);
                    if (type == '<') {
                        remember(slot, set);
                    }
                    for (int i = 0; i < n; i++) {
                        set.add(read(depth + 1));
                    }
                    yield set;
                }
                case 'c' -> {
                    try {
                        int n = int32();
                        yield CodeCache.codeFromBytes(take(n), 0, n, null);
                    } catch (taipan.bytecode.CodeSerializer.MalformedCodeException e) {
                        throw Exceptions.valueError("bad marshal data (" + e.getMessage() + ")");
                    }
                }
                default -> throw Exceptions.valueError("bad marshal data (unknown type code)");
            };
            remember(slot, v);
            return v;
        }

        private void remember(int slot, Object v) {
            if (slot >= 0) {
                refs.set(slot, v);
            }
        }

        private int checkSize(int n) {
            if (n < 0) {
                throw Exceptions.valueError("bad marshal data (size out of range)");
            }
            return n;
        }

        private Object readLong() {
            int n = int32();
            int count = Math.abs(n);
            BigInteger v = BigInteger.ZERO;
            byte[] b = take(count * 2);
            for (int i = count - 1; i >= 0; i--) {
                int digit = (b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8;
                if (digit > 0x7FFF) {
                    throw Exceptions.valueError("bad marshal data (digit out of range in long)");
                }
                v = v.shiftLeft(15).or(BigInteger.valueOf(digit));
            }
            return Py.newInt(n < 0 ? v.negate() : v);
        }
    }
}
