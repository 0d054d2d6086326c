package taipan.bytecode;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyComplex;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * Taipan's binary form of a compiled module: a {@link CodeObject} tree (nested
 * code objects are constants) written to bytes and read back, for the
 * compiled-code cache. Only the structure is written: the file name is given
 * when reading (every code object of one compilation shares it), and the
 * interpreter's inline caches start empty as after a fresh compile.
 *
 * <p>Layout (big-endian, as {@link DataOutputStream} writes): a string table
 * (count, then each string as its char count, a kind byte, and Latin-1 bytes or
 * UTF-16 chars) followed by the root code object; every name in the tree is an
 * index into the table. Integer arrays are a count and that many ints. Constants
 * are a tag byte and a value. The caller adds its own header (format version,
 * source stamp); this class only checks that the bytes are well formed.
 *
 * <p>{@link #write} throws {@link UnsupportedConstantException} for a constant
 * it has no tag for (the caller then simply does not cache); {@link #read}
 * throws {@link MalformedCodeException} for bytes that are not a well-formed tree.
 */
public final class CodeSerializer {
    private CodeSerializer() {}

    private static final int NONE = 0;
    private static final int TRUE = 1;
    private static final int FALSE = 2;
    private static final int INT = 3;
    private static final int BIG_INT = 4;
    private static final int FLOAT = 5;
    private static final int STR = 6;
    private static final int BYTES = 7;
    private static final int ELLIPSIS = 8;
    private static final int COMPLEX = 9;
    private static final int TUPLE = 10;
    private static final int CODE = 11;

    private static final int LATIN1_STRING = 0;
    private static final int UTF16_STRING = 1;

    /** A constant of a kind the serialized form cannot hold. */
    public static final class UnsupportedConstantException extends Exception {
        UnsupportedConstantException(Object value) {
            super("cannot serialize a constant of class " + value.getClass().getName());
        }
    }

    /** Bytes that do not hold a well-formed code object tree. */
    public static final class MalformedCodeException extends Exception {
        public MalformedCodeException(String message) {
            super(message);
        }
    }

    /** The bytes of {@code code} and everything it contains. */
    public static byte[] write(CodeObject code) throws UnsupportedConstantException {
        Writer w = new Writer();
        try {
            w.code(code);
            ByteArrayOutputStream all = new ByteArrayOutputStream(w.bytes.size() + 16 * w.strings.size() + 16);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(w.strings.size());
            for (String s : w.strings) {
                writeString(out, s);
            }
            w.bytes.writeTo(out);
            out.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    /** The code object tree in the {@code length} bytes of {@code data} at {@code offset}, named {@code filename}. */
    public static CodeObject read(byte[] data, int offset, int length, String filename) throws MalformedCodeException {
        ByteBuffer in = ByteBuffer.wrap(data, offset, length);
        try {
            int count = length(in);
            String[] strings = new String[count];
            for (int i = 0; i < count; i++) {
                strings[i] = readString(in);
            }
            CodeObject code = new Reader(in, strings, filename).code();
            if (in.hasRemaining()) {
                throw new MalformedCodeException("trailing bytes after the code object");
            }
            return code;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new MalformedCodeException("truncated or corrupt code data: " + e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 0x100;
        }
        if (latin1) {
            out.writeByte(LATIN1_STRING);
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeByte(UTF16_STRING);
            out.writeChars(s);
        }
    }

    private static String readString(ByteBuffer in) throws MalformedCodeException {
        int n = length(in);
        int kind = in.get();
        if (kind == LATIN1_STRING) {
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.ISO_8859_1);
            in.position(in.position() + n);
            return s;
        }
        if (kind != UTF16_STRING) {
            throw new MalformedCodeException("bad string kind " + kind);
        }
        char[] chars = new char[n];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * n);
        return new String(chars);
    }

    /** A count read from the data: rejected when negative or larger than the bytes left could hold. */
    private static int length(ByteBuffer in) throws MalformedCodeException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new MalformedCodeException("bad length " + n);
        }
        return n;
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        final DataOutputStream out = new DataOutputStream(bytes);
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> stringIndex = new HashMap<>();

        void code(CodeObject c) throws IOException, UnsupportedConstantException {
            string(c.name);
            string(c.qualname);
            out.writeInt(c.firstlineno);
            out.writeInt(c.argcount);
            out.writeInt(c.posonlyargcount);
            out.writeInt(c.kwonlyargcount);
            out.writeInt(c.flags);
            out.writeInt(c.maxStack);
            strings(c.varnames);
            strings(c.cellvars);
            strings(c.freevars);
            strings(c.names);
            ints(c.cell2arg);
            ints(c.code);
            ints(c.exceptionTable);
            ints(c.positions);
            out.writeInt(c.consts.length);
            for (Object k : c.consts) {
                constant(k);
            }
        }

        private void constant(Object v) throws IOException, UnsupportedConstantException {
            if (v == Py.None) {
                out.writeByte(NONE);
            } else if (v == Py.Ellipsis) {
                out.writeByte(ELLIPSIS);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Long l) {
                out.writeByte(INT);
                out.writeLong(l);
            } else if (v instanceof BigInteger bi) {
                out.writeByte(BIG_INT);
                byte[] b = bi.toByteArray();
                out.writeInt(b.length);
                out.write(b);
            } else if (v instanceof Double d) {
                out.writeByte(FLOAT);
                out.writeLong(Double.doubleToRawLongBits(d));
            } else if (v instanceof PyStr s && exact(s, BuiltinTypes.STR)) {
                out.writeByte(STR);
                string(s.value());
            } else if (v instanceof PyBytes b && exact(b, BuiltinTypes.BYTES)) {
                out.writeByte(BYTES);
                out.writeInt(b.bytes.length);
                out.write(b.bytes);
            } else if (v instanceof PyComplex c && exact(c, BuiltinTypes.COMPLEX)) {
                out.writeByte(COMPLEX);
                out.writeLong(Double.doubleToRawLongBits(c.real));
                out.writeLong(Double.doubleToRawLongBits(c.imag));
            } else if (v instanceof PyTuple t && exact(t, BuiltinTypes.TUPLE)) {
                out.writeByte(TUPLE);
                out.writeInt(t.items.length);
                for (Object item : t.items) {
                    constant(item);
                }
            } else if (v instanceof CodeObject c) {
                out.writeByte(CODE);
                code(c);
            } else {
                throw new UnsupportedConstantException(v);
            }
        }

        private static boolean exact(PyObject o, Object type) {
            return o.type == type;
        }

        private void string(String s) throws IOException {
            Integer i = stringIndex.get(s);
            if (i == null) {
                i = strings.size();
                strings.add(s);
                stringIndex.put(s, i);
            }
            out.writeInt(i);
        }

        private void strings(String[] a) throws IOException {
            out.writeInt(a.length);
            for (String s : a) {
                string(s);
            }
        }

        private void ints(int[] a) throws IOException {
            out.writeInt(a.length);
            for (int x : a) {
                out.writeInt(x);
            }
        }
    }

    private static final class Reader {
        final ByteBuffer in;
        final String[] strings;
        final String filename;

        Reader(ByteBuffer in, String[] strings, String filename) {
            this.in = in;
            this.strings = strings;
            this.filename = filename;
        }

        CodeObject code() throws MalformedCodeException {
            String name = string();
            String qualname = string();
            int firstlineno = in.getInt();
            int argcount = in.getInt();
            int posonlyargcount = in.getInt();
            int kwonlyargcount = in.getInt();
            int flags = in.getInt();
            int maxStack = in.getInt();
            String[] varnames = strings();
            String[] cellvars = strings();
            String[] freevars = strings();
            String[] names = strings();
            int[] cell2arg = ints();
            int[] code = ints();
            int[] exceptionTable = ints();
            int[] positions = ints();
            if (cell2arg.length != cellvars.length || positions.length != code.length * CodeObject.POSITION_SIZE
                || exceptionTable.length % CodeObject.EXCEPTION_ENTRY_SIZE != 0) {
                throw new MalformedCodeException("inconsistent table sizes in " + name);
            }
            Object[] consts = new Object[length(in)];
            for (int i = 0; i < consts.length; i++) {
                consts[i] = constant();
            }
            return new CodeObject(name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount,
                flags, varnames, cellvars, freevars, cell2arg, names, consts, code, exceptionTable, positions, maxStack);
        }

        private Object constant() throws MalformedCodeException {
            int tag = in.get();
            switch (tag) {
                case NONE:
                    return Py.None;
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case ELLIPSIS:
                    return Py.Ellipsis;
                case INT:
                    return in.getLong();
                case BIG_INT: {
                    byte[] b = new byte[length(in)];
                    in.get(b);
                    return new BigInteger(b);
                }
                case FLOAT:
                    return Double.longBitsToDouble(in.getLong());
                case STR:
                    return PyStr.of(string());
                case BYTES: {
                    byte[] b = new byte[length(in)];
                    in.get(b);
                    return new PyBytes(b);
                }
                case COMPLEX: {
                    double real = Double.longBitsToDouble(in.getLong());
                    return new PyComplex(real, Double.longBitsToDouble(in.getLong()));
                }
                case TUPLE: {
                    Object[] items = new Object[length(in)];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = constant();
                    }
                    return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
                }
                case CODE:
                    return code();
                default:
                    throw new MalformedCodeException("bad constant tag " + tag);
            }
        }

        private String string() {
            return strings[in.getInt()];
        }

        private String[] strings() throws MalformedCodeException {
            String[] a = new String[length(in)];
            for (int i = 0; i < a.length; i++) {
                a[i] = string();
            }
            return a;
        }

        private int[] ints() throws MalformedCodeException {
            int n = in.getInt();
            if (n < 0 || n > in.remaining() / 4) {
                throw new MalformedCodeException("bad array length " + n);
            }
            int[] a = new int[n];
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * n);
            return a;
        }
    }
}
