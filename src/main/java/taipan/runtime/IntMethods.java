package taipan.runtime;

import java.math.BigInteger;

/**
 * The methods of {@code int} and {@code bool}: construction ({@code int(x)},
 * {@code int(s, base)}, subclass instances as {@link PyInt}), every arithmetic,
 * bitwise and comparison special method (operands may be Long, BigInteger,
 * Boolean or PyInt; anything else gives NotImplemented), conversions,
 * rounding, hashing, formatting, {@code to_bytes}/{@code from_bytes} and the
 * numeric attributes. bool's {@code &|^} keep bool results for bool operands.
 */
public final class IntMethods {
    private IntMethods() {}

    @FunctionalInterface
    private interface IntOp {
        Object apply(Object a, Object b);
    }

    static void install() {
        PyType t = BuiltinTypes.INT;
        Signature intArgs = Signature.parse("int", "x=?, /, base=?");
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "int", "cls, *args, **kwargs", (s, a) -> {
                Object[] b = constructorArgs(intArgs, a);
                return intNew(a[0], b[0], b[1]);
            })));
        binary(t, "add", IntArith::add);
        binary(t, "sub", IntArith::sub);
        binary(t, "mul", IntArith::mul);
        binary(t, "floordiv", IntArith::floorDiv);
        binary(t, "mod", IntArith::mod);
        binary(t, "divmod", IntArith::divmod);
        binary(t, "truediv", IntArith::trueDiv);
        binary(t, "lshift", IntArith::lshift);
        binary(t, "rshift", IntArith::rshift);
        binary(t, "and", IntArith::and);
        binary(t, "or", IntArith::or);
        binary(t, "xor", IntArith::xor);
        MethodDescriptor.define(t, "__pow__", "value, mod=None, /", (self, a) -> pow(IntArith.value(self), a[0], a[1]));
        MethodDescriptor.define(t, "__rpow__", "value, mod=None, /", (self, a) -> {
            Object other = IntArith.value(a[0]);
            return other == null ? Py.NotImplemented : pow(other, self, a[1]);
        });
        for (CompareOp op : CompareOp.values()) {
            MethodDescriptor.define(t, op.method, "value, /", (self, a) -> {
                Object other = IntArith.value(a[0]);
                if (other == null) {
                    return Py.NotImplemented;
                }
                return Py.bool(op.test(IntArith.compare(IntArith.value(self), other)));
            });
        }
        unary(t, "__neg__", IntArith::neg);
        unary(t, "__pos__", v -> v);
        unary(t, "__abs__", IntArith::abs);
        unary(t, "__invert__", IntArith::invert);
        unary(t, "__int__", v -> v);
        unary(t, "__index__", v -> v);
        unary(t, "__trunc__", v -> v);
        unary(t, "__floor__", v -> v);
        unary(t, "__ceil__", v -> v);
        unary(t, "conjugate", v -> v);
        unary(t, "__float__", IntArith::toDouble);
        unary(t, "__bool__", v -> Py.bool(!IntArith.isZero(v)));
        unary(t, "__hash__", v -> v instanceof Long l ? Hashing.hashLong(l) : Hashing.hashBig((BigInteger) v));
        unary(t, "__repr__", v -> PyStr.of(IntArith.toDecimal(v)));
        unary(t, "bit_length", v -> (long) IntArith.big(v).abs().bitLength());
        unary(t, "bit_count", v -> (long) IntArith.big(v).abs().bitCount());
        unary(t, "as_integer_ratio", v -> PyTuple.of(v, 1L));
        unary(t, "__getnewargs__", v -> PyTuple.of(v));
        MethodDescriptor.define(t, "__round__", "ndigits=None, /", (self, a) -> round(IntArith.value(self), a[0]));
        MethodDescriptor.define(t, "__format__", "format_spec, /", (self, a) -> {
            String spec = Formatting.specArgument(a[0]);
            if (spec.isEmpty()) {
                return Ops.str(self);
            }
            String name = Py.typeOf(self).name();
            return PyStr.of(FormatSpec.formatInt(IntArith.value(self), FormatSpec.parse(spec, name, 'd'), name));
        });
        MethodDescriptor.define(t, "to_bytes", "length=1, byteorder='big', *, signed=False", (self, a) ->
            toBytes(IntArith.value(self), a[0], a[1], Ops.isTrue(a[2])));
        t.define("from_bytes", new ClassMethod(BuiltinTypes.CLASSMETHOD, new BuiltinFunction("builtins", "from_bytes",
            Signature.parse("int.from_bytes", "$cls, bytes, byteorder='big', *, signed=False"), (s, a) -> fromBytes((PyType) a[0], a[1], a[2], Ops.isTrue(a[3])), null)));
        GetSetDescriptor.define(t, "real", self -> IntArith.value(self));
        GetSetDescriptor.define(t, "imag", self -> 0L);
        GetSetDescriptor.define(t, "numerator", self -> IntArith.value(self));
        GetSetDescriptor.define(t, "denominator", self -> 1L);
        installBool();
    }

    private static void installBool() {
        PyType t = BuiltinTypes.BOOL;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "bool", "cls, *args, **kwargs", (s, a) -> {
                checkNewClass(a[0], BuiltinTypes.BOOL);
                Object x = singleArgument("bool", a);
                return x != null && Ops.isTrue(x);
            })));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of((Boolean) self ? "True" : "False"));
        boolOp(t, "and", (x, y) -> x & y, IntArith::and);
        boolOp(t, "or", (x, y) -> x | y, IntArith::or);
        boolOp(t, "xor", (x, y) -> x ^ y, IntArith::xor);
    }

    /** The class argument of {@code base.__new__(cls, ...)}, checked as CPython checks it. */
    static PyType checkNewClass(Object cls, PyType base) {
        if (!(cls instanceof PyType type)) {
            throw Exceptions.typeError(base.name() + ".__new__(X): X is not a type object (" + Py.typeOf(cls).name() + ")");
        }
        if (!type.isSubtypeOf(base)) {
            throw Exceptions.typeError(base.name() + ".__new__(" + type.name() + "): " + type.name() + " is not a subtype of "
                + base.name());
        }
        // the nearest built-in type on the way to base (CPython walks tp_base, the layout base, not __bases__[0])
        PyType builtin = type;
        while (!builtin.builtin) {
            PyType next = null;
            for (PyType b : builtin.bases()) {
                if (b.isSubtypeOf(base)) {
                    next = b;
                    break;
                }
            }
            builtin = next;
        }
        if (builtin.lookup("__new__") != base.ownMember("__new__")) {
            throw Exceptions.typeError(base.name() + ".__new__(" + type.name() + ") is not safe, use " + builtin.name()
                + ".__new__()");
        }
        return type;
    }

    /** Binds a constructor's {@code *args, **kwargs} slots (after cls) to {@code sig}, so messages do not count cls. */
    static Object[] constructorArgs(Signature sig, Object[] a) {
        Object[] pos = ((PyTuple) a[1]).items;
        PyDict kw = (PyDict) a[2];
        if (kw.size() == 0) {
            return sig.bind(pos, null);
        }
        Object[] all = new Object[pos.length + kw.size()];
        String[] names = new String[kw.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        int k = 0;
        for (int i = 0; i < kw.entryLimit(); i++) {
            if (kw.keyAt(i) != null) {
                names[k] = ((PyStr) kw.keyAt(i)).value();
                all[pos.length + k++] = kw.valueAt(i);
            }
        }
        return sig.bind(all, names);
    }

    /** The one optional positional argument of float() and bool() (null when absent), with their messages. */
    static Object singleArgument(String name, Object[] a) {
        return singleArgument(name, a, false);
    }

    /** {@link #singleArgument}, ignoring keyword arguments when {@code keywordsAllowed}. */
    static Object singleArgument(String name, Object[] a, boolean keywordsAllowed) {
        Object[] pos = ((PyTuple) a[1]).items;
        if (!keywordsAllowed && ((PyDict) a[2]).size() > 0) {
            throw Exceptions.typeError(name + "() takes no keyword arguments");
        }
        if (pos.length > 1) {
            throw Exceptions.typeError(name + " expected at most 1 argument, got " + pos.length);
        }
        return pos.length == 0 ? null : pos[0];
    }

    private interface BoolOp {
        boolean apply(boolean a, boolean b);
    }

    private static void boolOp(PyType t, String stem, BoolOp boolOp, IntOp intOp) {
        BuiltinFunction.Body body = (self, a) -> {
            if (a[0] instanceof Boolean b) {
                return Py.bool(boolOp.apply((Boolean) self, b));
            }
            Object other = IntArith.value(a[0]);
            return other == null ? Py.NotImplemented : intOp.apply(IntArith.value(self), other);
        };
        MethodDescriptor.define(t, "__" + stem + "__", "value, /", body);
        MethodDescriptor.define(t, "__r" + stem + "__", "value, /", body);
    }

    private static void binary(PyType t, String stem, IntOp op) {
        MethodDescriptor.define(t, "__" + stem + "__", "value, /", (self, a) -> {
            Object other = IntArith.value(a[0]);
            return other == null ? Py.NotImplemented : op.apply(IntArith.value(self), other);
        });
        MethodDescriptor.define(t, "__r" + stem + "__", "value, /", (self, a) -> {
            Object other = IntArith.value(a[0]);
            return other == null ? Py.NotImplemented : op.apply(other, IntArith.value(self));
        });
    }

    private static void unary(PyType t, String name, java.util.function.Function<Object, Object> f) {
        MethodDescriptor.define(t, name, "", (self, a) -> f.apply(IntArith.value(self)));
    }

    private static Object pow(Object base, Object exponent, Object mod) {
        Object e = IntArith.value(exponent);
        if (e == null) {
            if (mod != Py.None) {
                checkFloatOrComplexPowMod(exponent);
            }
            return Py.NotImplemented;
        }
        if (mod == Py.None) {
            return IntArith.pow(base, e);
        }
        Object m = IntArith.value(mod);
        if (m == null) {
            checkFloatOrComplexPowMod(mod);
            return Py.NotImplemented;
        }
        return IntArith.powMod(base, e, m);
    }

    /**
     * A three-argument pow with a float or complex operand raises what float's or
     * complex's {@code __pow__} would (Arithmetic.pow3 asks only the base's type).
     */
    private static void checkFloatOrComplexPowMod(Object operand) {
        if (operand instanceof PyComplex) {
            throw Exceptions.valueError("complex modulo");
        }
        if (FloatMethods.value(operand) != null) {
            throw Exceptions.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
    }

    /** {@code int.__new__(cls, x, base)}. */
    static Object intNew(Object cls, Object x, Object base) {
        PyType type = checkNewClass(cls, BuiltinTypes.INT);
        Object v = intValueOf(x, base);
        return type == BuiltinTypes.INT ? v : new PyInt(type, v);
    }

    private static Object intValueOf(Object x, Object base) {
        if (x == null) {
            if (base != null) {
                throw Exceptions.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base != null) {
            Object b = Ops.index(base);
            if (!(b instanceof Long bl) || (bl != 0 && (bl < 2 || bl > 36))) {
                throw Exceptions.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            String text = textOf(x);
            if (text == null) {
                throw Exceptions.typeError("int() can't convert non-string with explicit base");
            }
            return NumberParser.parseInt(text, (int) (long) bl, x);
        }
        Object iv = IntArith.value(x);
        if (iv != null && !(x instanceof PyInt)) {
            return iv;
        }
        if (x instanceof Double d) {
            return IntArith.fromDouble(d);
        }
        PyType t = Py.typeOf(x);
        Object m = t.lookup("__int__");
        if (m != null) {
            Object r = Ops.invoke(m, x);
            Object rv = IntArith.value(r);
            if (rv == null) {
                throw Exceptions.typeError("__int__ returned non-int (type " + Py.typeOf(r).name() + ")");
            }
            if (!(r instanceof Long || r instanceof BigInteger)) {
                Warnings.deprecation("__int__ returned non-int (type " + Py.typeOf(r).name() + ").  The ability to return "
                    + "an instance of a strict subclass of int is deprecated, and may be removed in a future version of "
                    + "Python.");
            }
            return rv;
        }
        if (t.lookup("__index__") != null) {
            return Ops.index(x);
        }
        m = t.lookup("__trunc__");
        if (m != null) {
            Warnings.deprecation("The delegation of int() to __trunc__ is deprecated.");
            Object r = Ops.invoke(m, x);
            Object rv = IntArith.value(r);
            if (rv != null) {
                return rv;
            }
            if (Py.typeOf(r).lookup("__index__") == null) {
                throw Exceptions.typeError("__trunc__ returned non-Integral (type " + Py.typeOf(r).name() + ")");
            }
            return Ops.index(r);
        }
        String text = textOf(x);
        if (text != null) {
            return NumberParser.parseInt(text, 10, x);
        }
        byte[] buffer = BufferProtocol.bytesOrNull(x);
        if (buffer != null) {
            return NumberParser.parseInt(asciiText(buffer, buffer.length), 10, new PyBytes(buffer));
        }
        throw Exceptions.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
            + t.name() + "'");
    }

    /**
     * The text of a str, bytes or bytearray argument, or null. Bytes are read as ASCII; others
     * become U+FFFD, which no number contains (CPython strips only ASCII spaces from bytes).
     */
    static String textOf(Object x) {
        if (x instanceof PyStr s) {
            return s.value();
        }
        if (x instanceof PyBytes b) {
            return asciiText(b.bytes, b.bytes.length);
        }
        if (x instanceof PyByteArray b) {
            return asciiText(b.bytes, b.size);
        }
        return null;
    }

    /** The first {@code n} bytes of {@code b} as text, non-ASCII bytes as U+FFFD. */
    static String asciiText(byte[] b, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(b[i] >= 0 ? (char) b[i] : '\ufffd');
        }
        return sb.toString();
    }

    /** {@code round(i, ndigits)}: half to even at a negative number of digits. */
    static Object round(Object v, Object ndigits) {
        if (ndigits == Py.None) {
            return v;
        }
        Object n = Ops.index(ndigits);
        if (IntArith.signum(n) >= 0) {
            return v;
        }
        if (!(n instanceof Long nl) || nl < -100000) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -nl);
        BigInteger b = IntArith.big(v);
        BigInteger[] qr = b.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Py.newInt(q.multiply(pow));
    }

    private static boolean littleEndian(Object byteorder) {
        if (!(byteorder instanceof PyStr s)) {
            throw Exceptions.typeError("to_bytes() argument 'byteorder' must be str, not " + Py.typeOf(byteorder).name());
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Exceptions.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static PyBytes toBytes(Object v, Object lengthArg, Object byteorder, boolean signed) {
        Object len = Ops.index(lengthArg);
        if (IntArith.signum(len) < 0) {
            throw Exceptions.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian(byteorder);
        BigInteger b = IntArith.big(v);
        if (!signed && b.signum() < 0) {
            throw Exceptions.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? b.bitLength() + 1 : b.bitLength();
        if (signed && b.equals(BigInteger.ONE.negate())) {
            bits = 0;
        }
        if (!(len instanceof Long l) || l > Integer.MAX_VALUE - 8) {
            throw Exceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        int length = (int) (long) l;
        if (bits > (long) length * 8 && !(b.signum() == 0)) {
            throw Exceptions.overflowError("int too big to convert");
        }
        byte[] out = new byte[length];
        byte[] twos = b.toByteArray();
        for (int i = 0; i < length; i++) {
            int src = twos.length - 1 - i;
            byte x = src >= 0 ? twos[src] : (byte) (b.signum() < 0 ? 0xff : 0);
            out[little ? i : length - 1 - i] = x;
        }
        return new PyBytes(out);
    }

    private static int byteValue(Object x) {
        Object iv = Ops.index(x);
        if (!(iv instanceof Long l) || l < 0 || l > 255) {
            throw Exceptions.valueError("bytes must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    private static Object fromBytes(PyType cls, Object data, Object byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        byte[] bytes;
        if (data instanceof PyBytes pb && pb.type == BuiltinTypes.BYTES) {
            bytes = pb.bytes;
        } else if (Py.typeOf(data).lookup("__bytes__") != null) {
            Object r = Ops.callSpecial(data, "__bytes__");
            if (!(r instanceof PyBytes b)) {
                throw Exceptions.typeError("__bytes__ returned non-bytes (type " + Py.typeOf(r).name() + ")");
            }
            bytes = b.bytes;
        } else if (BufferProtocol.isExporter(data)) {
            bytes = BufferProtocol.bytesOrNull(data);
        } else {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            PyType t = Py.typeOf(data);
            if (data instanceof PyStr || (t.lookup("__iter__") == null && t.lookup("__getitem__") == null
                && !(data instanceof PyTuple) && !(data instanceof PyList))) {
                throw Exceptions.typeError("cannot convert '" + t.name() + "' object to bytes");
            }
            if (data instanceof PyTuple tuple) {
                for (Object x : tuple.items) {
                    out.write(byteValue(x));
                }
            } else if (data instanceof PyList list) {
                for (int i = 0; i < list.size; i++) {
                    out.write(byteValue(list.items[i]));
                }
            } else {
                Object it = Ops.iter(data);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                    out.write(byteValue(x));
                }
            }
            bytes = out.toByteArray();
        }
        byte[] big = new byte[bytes.length + 1];
        for (int i = 0; i < bytes.length; i++) {
            big[i + 1] = bytes[little ? bytes.length - 1 - i : i];
        }
        BigInteger v = new BigInteger(big);
        if (signed && bytes.length > 0 && big[1] < 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * bytes.length));
        }
        Object r = Py.newInt(v);
        return cls == BuiltinTypes.INT ? r : Ops.call(cls, r);
    }
}
