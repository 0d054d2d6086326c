package taipan.builtins;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Supplier;

import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.Identity;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.ObjectMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyCallable;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyIterator;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The builtins module's general functions: abs, ascii, bin, callable, chr,
 * delattr, dir, divmod, format, getattr, hasattr, hash, hex, id, iter, aiter,
 * anext, len, next, oct, ord, pow, repr, round, setattr and vars, with
 * CPython 3.11's argument checking and messages. isinstance/issubclass are in
 * {@link TypeChecks}, the aggregates in {@link Aggregates}, print and input in
 * {@link Printing}.
 *
 * <p>Contract: {@code vars()} and {@code dir()} without an argument read the
 * caller's locals from the supplier the interpreter sets with
 * {@link #setLocalsSupplier}.
 */
public final class BuiltinFunctions {
    /** The body of {@code len} (the interpreter's call instruction recognizes it). */
    public static final BuiltinFunction.Body LEN = (s, a) -> (long) Ops.len(a[0]);

    private BuiltinFunctions() {}

    private static volatile Supplier<Object> locals;

    /** Where {@code vars()} and {@code dir()} find the current frame's locals (a mapping). */
    public static void setLocalsSupplier(Supplier<Object> supplier) {
        locals = supplier;
    }

    private static Object currentLocals() {
        Supplier<Object> s = locals;
        if (s == null) {
            throw Exceptions.systemError("frame does not exist");
        }
        return s.get();
    }

    /**
     * A function whose parameters are positional-only and checked as CPython's
     * _PyArg_CheckPositional does ("divmod expected 2 arguments, got 1"); the
     * body sees {@code max} slots, absent ones null.
     */
    static BuiltinFunction positional(String name, int min, int max, BuiltinFunction.Body body) {
        return BuiltinFunction.of("builtins", name, "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (((PyDict) a[1]).size() > 0) {
                throw Exceptions.typeError(name + "() takes no keyword arguments");
            }
            checkCount(name, args.length, min, max);
            return body.call(self, Arrays.copyOf(args, max));
        });
    }

    /** CPython's _PyArg_CheckPositional messages. */
    static void checkCount(String name, int n, int min, int max) {
        if (n < min) {
            throw Exceptions.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Exceptions.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    static void put(PyDict d, BuiltinFunction f) {
        d.put(PyStr.of(f.name), f);
    }

    static void installInto(PyDict d) {
        put(d, BuiltinFunction.of("builtins", "abs", "x, /", (s, a) -> abs(a[0])));
        put(d, BuiltinFunction.of("builtins", "ascii", "obj, /", (s, a) -> asciiRepr(a[0])));
        put(d, BuiltinFunction.of("builtins", "bin", "number, /", (s, a) -> PyStr.of(radix(a[0], 2, "0b"))));
        put(d, BuiltinFunction.of("builtins", "oct", "number, /", (s, a) -> PyStr.of(radix(a[0], 8, "0o"))));
        put(d, BuiltinFunction.of("builtins", "hex", "number, /", (s, a) -> PyStr.of(radix(a[0], 16, "0x"))));
        put(d, BuiltinFunction.of("builtins", "callable", "obj, /", (s, a) -> Py.bool(isCallable(a[0]))));
        put(d, BuiltinFunction.of("builtins", "chr", "i, /", (s, a) -> chr(a[0])));
        put(d, BuiltinFunction.of("builtins", "ord", "c, /", (s, a) -> ord(a[0])));
        put(d, BuiltinFunction.of("builtins", "hash", "obj, /", (s, a) -> Ops.hash(a[0])));
        put(d, BuiltinFunction.of("builtins", "id", "obj, /", (s, a) -> Identity.id(a[0])));
        put(d, BuiltinFunction.of("builtins", "len", "obj, /", LEN));
        put(d, BuiltinFunction.of("builtins", "repr", "obj, /", (s, a) -> Ops.repr(a[0])));
        put(d, positional("divmod", 2, 2, (s, a) -> divmod(a[0], a[1])));
        put(d, BuiltinFunction.of("builtins", "pow", "base, exp, mod=None",
            (s, a) -> a[2] == Py.None ? Arithmetic.binary(BinaryOp.POW, a[0], a[1]) : Arithmetic.pow3(a[0], a[1], a[2])));
        put(d, BuiltinFunction.of("builtins", "round", "number, ndigits=None", (s, a) -> round(a[0], a[1])));
        put(d, positional("format", 1, 2, (s, a) -> format(a[0], a[1] == null ? PyStr.EMPTY : a[1])));
        put(d, positional("getattr", 2, 3, (s, a) -> getattr(a[0], a[1], a[2])));
        put(d, positional("hasattr", 2, 2, (s, a) -> Py.bool(getAttrOrNull(a[0], ObjectMethods.attrName(a[1])) != null)));
        put(d, positional("setattr", 3, 3, (s, a) -> {
            Ops.setAttr(a[0], ObjectMethods.attrName(a[1]), a[2]);
            return Py.None;
        }));
        put(d, positional("delattr", 2, 2, (s, a) -> {
            Ops.setAttr(a[0], ObjectMethods.attrName(a[1]), null);
            return Py.None;
        }));
        put(d, positional("dir", 0, 1, (s, a) -> a[0] == null ? sortedKeys(currentLocals()) : dir(a[0])));
        put(d, positional("vars", 0, 1, (s, a) -> a[0] == null ? currentLocals() : vars(a[0])));
        put(d, positional("iter", 1, 2, (s, a) -> a[1] == null ? Ops.iter(a[0]) : callableIterator(a[0], a[1])));
        put(d, positional("next", 1, 2, (s, a) -> next(a[0], a[1])));
        put(d, BuiltinFunction.of("builtins", "aiter", "async_iterable, /", (s, a) -> aiter(a[0])));
        put(d, positional("anext", 1, 2, (s, a) -> a[1] == null ? anext(a[0]) : new AnextAwaitable(anext(a[0]), a[1])));
    }

    // ---- numbers ----------------------------------------------------------------

    /** {@code abs(x)}. */
    public static Object abs(Object x) {
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.ONE.shiftLeft(63) : (Object) Math.abs(l);
        }
        if (x instanceof BigInteger b) {
            return Py.newInt(b.abs());
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double v) {
            return Math.abs(v);
        }
        Object r = Ops.callSpecial(x, "__abs__");
        if (r == null) {
            throw Exceptions.typeError("bad operand type for abs(): '" + Py.typeOf(x).name() + "'");
        }
        return r;
    }

    /** bin, oct and hex: the integer in base {@code radix} with its sign before the prefix. */
    static String radix(Object number, int radix, String prefix) {
        Object i = Ops.index(number);
        BigInteger v = Py.toBig(i);
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static PyStr chr(Object x) {
        Object i = Ops.index(x);
        if (!(i instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw Exceptions.overflowError("Python int too large to convert to C int");
        }
        if (l < 0 || l > 0x10ffff) {
            throw Exceptions.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.of(new String(Character.toChars((int) (long) l)));
    }

    private static Object ord(Object c) {
        int n;
        if (c instanceof PyStr s) {
            n = s.codePointLength();
            if (n == 1) {
                return (long) s.codePointAt(0);
            }
        } else if (c instanceof PyBytes b) {
            n = b.bytes.length;
            if (n == 1) {
                return (long) (b.bytes[0] & 0xff);
            }
        } else if (c instanceof PyByteArray b) {
            n = b.size;
            if (n == 1) {
                return (long) (b.bytes[0] & 0xff);
            }
        } else {
            throw Exceptions.typeError("ord() expected string of length 1, but " + Py.typeOf(c).name() + " found");
        }
        throw Exceptions.typeError("ord() expected a character, but string of length " + n + " found");
    }

    /** {@code divmod(a, b)}: {@code __divmod__}, then the reflected {@code __rdivmod__}, as binary operators dispatch. */
    public static Object divmod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            if (y == 0) {
                throw Exceptions.zeroDivisionError("integer division or modulo by zero");
            }
            return PyTuple.of(Math.floorDiv(x, y), Math.floorMod(x, y));
        }
        PyType ta = Py.typeOf(a);
        PyType tb = Py.typeOf(b);
        Object slotA = ta.lookup("__divmod__");
        Object slotB = ta == tb ? null : tb.lookup("__rdivmod__");
        if (slotB != null && tb.isSubtypeOf(ta) && slotB != ta.lookup("__rdivmod__")) {
            Object r = Ops.invoke(slotB, b, a);
            if (r != Py.NotImplemented) {
                return r;
            }
            slotB = null;
        }
        if (slotA != null) {
            Object r = Ops.invoke(slotA, a, b);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        if (slotB != null) {
            Object r = Ops.invoke(slotB, b, a);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        throw Exceptions.typeError("unsupported operand type(s) for divmod(): '" + ta.name() + "' and '" + tb.name() + "'");
    }

    private static Object round(Object number, Object ndigits) {
        if (number instanceof Long && ndigits == Py.None) {
            return number;
        }
        Object method = Py.typeOf(number).lookup("__round__");
        if (method == null) {
            throw Exceptions.typeError("type " + Py.typeOf(number).name() + " doesn't define __round__ method");
        }
        return ndigits == Py.None ? Ops.invoke(method, number) : Ops.invoke(method, number, ndigits);
    }

    // ---- strings ------------------------------------------------------------------

    /** The repr text with every non-ASCII code point escaped, as {@code ascii()} does. */
    /** {@code ascii(obj)}: the repr itself (even a str subclass) when it is all ASCII, else escaped. */
    private static PyStr asciiRepr(Object obj) {
        PyStr repr = Ops.repr(obj);
        String v = repr.value();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 0x80) {
                return PyStr.of(ascii(v));
            }
        }
        return repr;
    }

    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** {@code format(value, spec)}. */
    public static PyStr format(Object value, Object spec) {
        if (!(spec instanceof PyStr)) {
            throw Exceptions.typeError("format() argument 2 must be str, not " + Py.typeOf(spec).name());
        }
        Object r = Ops.callSpecial(value, "__format__", spec);
        if (!(r instanceof PyStr s)) {
            throw Exceptions.typeError("__format__ must return a str, not " + Py.typeOf(r).name());
        }
        return s;
    }

    // ---- attributes -------------------------------------------------------------------

    private static Object getattr(Object obj, Object name, Object dflt) {
        String n = ObjectMethods.attrName(name);
        if (dflt == null) {
            return Ops.getAttr(obj, n);
        }
        Object v = getAttrOrNull(obj, n);
        return v == null ? dflt : v;
    }

    /** The attribute, or null when reading it raises AttributeError. */
    static Object getAttrOrNull(Object obj, String name) {
        try {
            return Ops.getAttrOrNull(obj, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code callable(obj)}. */
    public static boolean isCallable(Object o) {
        return o instanceof PyCallable || o instanceof MethodDescriptor || Py.typeOf(o).lookup("__call__") != null;
    }

    private static PyList dir(Object obj) {
        Object method = Py.typeOf(obj).lookup("__dir__");
        if (method == null) {
            throw Exceptions.typeError("object does not provide __dir__");
        }
        return sortedList(Ops.invoke(method, obj));
    }

    private static PyList sortedKeys(Object mapping) {
        if (mapping instanceof PyDict d) {
            PyList keys = new PyList();
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) != null) {
                    keys.append(d.keyAt(i));
                }
            }
            return sortedList(keys);
        }
        return sortedList(Ops.call(Ops.getAttr(mapping, "keys")));
    }

    /** {@code sorted(iterable)}: exact strs are sorted here, anything else by list.sort. */
    private static PyList sortedList(Object iterable) {
        PyList list = Aggregates.toList(iterable);
        boolean allStr = true;
        for (int i = 0; i < list.size && allStr; i++) {
            allStr = list.items[i] instanceof PyStr s && s.type == BuiltinTypes.STR;
        }
        if (allStr) {
            Arrays.sort(list.items, 0, list.size, (x, y) -> ((PyStr) x).compareTo((PyStr) y));
        } else {
            Ops.call(Ops.getAttr(list, "sort"));
        }
        return list;
    }

    private static Object vars(Object obj) {
        Object d = getAttrOrNull(obj, "__dict__");
        if (d == null) {
            throw Exceptions.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    // ---- iteration -----------------------------------------------------------------------

    private static Object callableIterator(Object callable, Object sentinel) {
        if (!isCallable(callable)) {
            throw Exceptions.typeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(callable, sentinel);
    }

    /** {@code next(it[, default])}: the iterator's own StopIteration propagates when there is no default. */
    private static Object next(Object it, Object dflt) {
        Object v;
        try {
            if (it instanceof PyIterator pi) {
                v = pi.next();
            } else {
                Object method = Py.typeOf(it).lookup("__next__");
                if (method == null) {
                    throw Exceptions.typeError("'" + Py.typeOf(it).name() + "' object is not an iterator");
                }
                v = Ops.invoke(method, it);
            }
        } catch (PyException e) {
            if (dflt != null && e.matches(Exceptions.STOP_ITERATION)) {
                return dflt;
            }
            throw e;
        }
        if (v == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Exceptions.stopIteration(it instanceof PyIterator pi ? pi.stopValue() : Py.None);
        }
        return v;
    }

    private static Object aiter(Object o) {
        Object method = Py.typeOf(o).lookup("__aiter__");
        if (method == null) {
            throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object is not an async iterable");
        }
        Object it = Ops.invoke(method, o);
        if (Py.typeOf(it).lookup("__anext__") == null) {
            throw Exceptions.typeError("aiter() returned not an async iterator of type '" + Py.typeOf(it).name() + "'");
        }
        return it;
    }

    private static Object anext(Object o) {
        Object method = Py.typeOf(o).lookup("__anext__");
        if (method == null) {
            throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object is not an async iterator");
        }
        return Ops.invoke(method, o);
    }
}
