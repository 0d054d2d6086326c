package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.CompareOp;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Exceptions;
import taipan.runtime.ListMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PySet;
import taipan.runtime.PySlice;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.RangeMethods;
import taipan.runtime.TupleMethods;

/**
 * The handlers of the simpler instructions: names, cells, building
 * collections, unpacking, f-string pieces, with-statement entry. Each takes the
 * value stack and stack pointer and returns the new stack pointer where the
 * depth changes, so {@link Interpreter#run} stays a pure dispatcher.
 */
final class Instructions {
    private Instructions() {}

    /** Nulls the top {@code n} slots; returns the lowered stack pointer. */
    static int clear(Object[] stack, int sp, int n) {
        for (int i = 0; i < n; i++) {
            stack[--sp] = null;
        }
        return sp;
    }

    // The frame's position (lasti) is only written where the instruction may run Python code, which
    // may look at it (tracebacks of callees, sys._getframe().f_lineno); the dispatch loop writes it
    // when an instruction raises. pc is the index after the instruction's.

    /** BINARY_OP ({@code arg} is the {@link BinaryOp} ordinal). Operators on ints and floats run no Python code. */
    static Object binaryOp(Frame f, int pc, int arg, Object a, Object b) {
        if (!(a instanceof Long || a instanceof Double) || !(b instanceof Long || b instanceof Double)) {
            f.lasti = pc - 1;
        }
        return Arithmetic.binary(BinaryOp.of(arg), a, b);
    }

    /** COMPARE_OP ({@code op} is the {@link CompareOp} ordinal): two ints compare here, anything else through {@link Ops#richCompare}. */
    static Object compare(Frame f, int pc, Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) {
            long p = x;
            long q = y;
            boolean r = switch (op) {
                case 0 -> p < q;
                case 1 -> p <= q;
                case 2 -> p == q;
                case 3 -> p != q;
                case 4 -> p > q;
                default -> p >= q;
            };
            return r ? Boolean.TRUE : Boolean.FALSE;
        }
        if (!(a instanceof Double && b instanceof Double)) {
            f.lasti = pc - 1;
        }
        return Ops.richCompare(a, b, CompareOp.of(op));
    }

    /** The truth of a value that is not a bool (for the conditional jumps). */
    static boolean isTrue(Frame f, int pc, Object v) {
        f.lasti = pc - 1;
        return Ops.isTrue(v);
    }

    /** FOR_ITER's next item, or null: range, list and tuple iterators directly, others through {@link Ops#next}. */
    static Object forIterNext(Frame f, int pc, Object it) {
        if (it instanceof RangeMethods.RangeIterator r) {
            return r.next();
        }
        if (it instanceof ListMethods.ListIterator l) {
            return l.next();
        }
        if (it instanceof TupleMethods.TupleIterator t) {
            return t.next();
        }
        f.lasti = pc - 1;
        return Ops.next(it);
    }

    /** Whether looking {@code key} up in a dict runs no Python code ({@code __hash__}/{@code __eq__}). */
    private static boolean isPlainKey(Object key) {
        return key instanceof Long || key instanceof PyStr s && s.type == BuiltinTypes.STR;
    }

    /** BINARY_SUBSCR: a list item by int index directly, everything else through {@link Ops#getItem}. */
    static Object getItem(Frame f, int pc, Object o, Object key) {
        if (o instanceof PyList l && key instanceof Long i && l.type == BuiltinTypes.LIST) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) {
                return l.items[(int) k];
            }
        }
        if (!(o instanceof PyTuple t && t.type == BuiltinTypes.TUPLE && key instanceof Long
            || o instanceof PyDict d && d.type == BuiltinTypes.DICT && isPlainKey(key))) {
            f.lasti = pc - 1;
        }
        return Ops.getItem(o, key);
    }

    /** STORE_SUBSCR {@code o[key] = value}. */
    static void setItem(Frame f, int pc, Object o, Object key, Object value) {
        if (o instanceof PyList l && key instanceof Long i && l.type == BuiltinTypes.LIST) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) {
                l.items[(int) k] = value;
                return;
            }
        }
        if (!(o instanceof PyDict d && d.type == BuiltinTypes.DICT && isPlainKey(key))) {
            f.lasti = pc - 1;
        }
        Ops.setItem(o, key, value);
    }

    /** Whether two distinct Java objects are the same Python object (small ints, floats and bools box anew). */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return false;
    }

    static PyException unboundLocal(CodeObject code, int index) {
        PyException e = Exceptions.error(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
            + code.varnames[index] + "' where it is not associated with a value");
        ExceptionMethods.setField(e.value, "name", PyStr.of(code.varnames[index]));
        return e;
    }

    private static PyException unboundCell(CodeObject code, int cell) {
        String name = code.cellName(cell);
        if (cell < code.cellvars.length) {
            return Exceptions.error(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
        }
        return Exceptions.error(Exceptions.NAME_ERROR, "cannot access free variable '" + name
            + "' where it is not associated with a value in enclosing scope");
    }

    static Object loadDeref(Frame f, int cell) {
        Object v = ((PyCell) f.fast[f.code.varnames.length + cell]).value;
        if (v == null) {
            throw unboundCell(f.code, cell);
        }
        return v;
    }

    static void deleteDeref(Frame f, int cell) {
        PyCell c = (PyCell) f.fast[f.code.varnames.length + cell];
        if (c.value == null) {
            throw unboundCell(f.code, cell);
        }
        c.value = null;
    }

    static Object loadClassDeref(Frame f, int cell) {
        String name = f.code.cellName(cell);
        Object v = mappingGet(f.locals, name);
        return v != null ? v : loadDeref(f, cell);
    }

    private static Object mappingGet(Object mapping, String name) {
        if (mapping instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            return d.get(PyStr.of(name));
        }
        try {
            return Ops.getItem(mapping, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(Exceptions.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    static Object loadName(Frame f, String name) {
        if (f.locals == null) {
            throw Exceptions.systemError("no locals when loading '" + name + "'");
        }
        Object v = mappingGet(f.locals, name);
        if (v != null) {
            return v;
        }
        PyStr key = PyStr.of(name);
        v = f.globals.get(key);
        if (v != null) {
            return v;
        }
        v = f.builtins.get(key);
        if (v != null) {
            return v;
        }
        throw NameErrors.notDefined(f, name);
    }

    static void storeName(Frame f, String name, Object value) {
        if (f.locals instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            d.put(PyStr.of(name), value);
        } else {
            Ops.setItem(f.locals, PyStr.of(name), value);
        }
    }

    static void deleteName(Frame f, String name) {
        try {
            if (f.locals instanceof PyDict d && d.type == BuiltinTypes.DICT) {
                if (d.remove(PyStr.of(name)) == null) {
                    throw Exceptions.keyError(PyStr.of(name));
                }
            } else {
                Ops.delItem(f.locals, PyStr.of(name));
            }
        } catch (PyException e) {
            if (e.matches(Exceptions.KEY_ERROR)) {
                throw NameErrors.notDefined(f, name);
            }
            throw e;
        }
    }

    /** A LOAD_GLOBAL cache entry: valid while both dicts are the same objects at the same versions. */
    record GlobalEntry(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, Object value) {}

    static Object loadGlobal(Frame f, CodeObject code, int pc, int arg) {
        Object c = code.inlineCaches[pc];
        PyDict g = f.globals;
        PyDict b = f.builtins;
        if (c instanceof GlobalEntry e && e.globals == g && e.globalsVersion == g.version && e.builtins == b
            && e.builtinsVersion == b.version) {
            return e.value;
        }
        f.lasti = pc;
        Object v = loadGlobalUncached(f, code, arg);
        code.inlineCaches[pc] = new GlobalEntry(g, g.version, b, b.version, v);
        return v;
    }

    private static Object loadGlobalUncached(Frame f, CodeObject code, int arg) {
        PyStr key = NameKeys.key(code, arg);
        Object v = f.globals.get(key);
        if (v == null) {
            v = f.builtins.get(key);
            if (v == null) {
                throw NameErrors.notDefined(f, code.names[arg]);
            }
        }
        return v;
    }

    static void storeGlobal(Frame f, String name, Object value) {
        f.globals.put(PyStr.of(name), value);
    }

    static void deleteGlobal(Frame f, String name) {
        if (f.globals.remove(PyStr.of(name)) == null) {
            throw NameErrors.notDefined(f, name);
        }
    }

    static Object loadBuiltin(Frame f, String name) {
        Object v = f.builtins.get(PyStr.of(name));
        if (v == null) {
            throw Exceptions.error(Exceptions.NAME_ERROR, name + " not found");
        }
        return v;
    }

    private static Object[] popArray(Object[] stack, int sp, int n) {
        Object[] items = new Object[n];
        System.arraycopy(stack, sp - n, items, 0, n);
        return items;
    }

    static int buildTuple(Object[] stack, int sp, int n) {
        Object[] items = popArray(stack, sp, n);
        sp = clear(stack, sp, n);
        stack[sp] = PyTuple.of(items);
        return sp + 1;
    }

    static int buildList(Object[] stack, int sp, int n) {
        Object[] items = popArray(stack, sp, n);
        sp = clear(stack, sp, n);
        stack[sp] = new PyList(items);
        return sp + 1;
    }

    static int buildSet(Object[] stack, int sp, int n) {
        PySet s = new PySet();
        for (int i = sp - n; i < sp; i++) {
            Ops.callSpecial(s, "add", stack[i]);
        }
        sp = clear(stack, sp, n);
        stack[sp] = s;
        return sp + 1;
    }

    static int buildMap(Object[] stack, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            d.put(stack[i], stack[i + 1]);
        }
        sp = clear(stack, sp, 2 * n);
        stack[sp] = d;
        return sp + 1;
    }

    static int buildConstKeyMap(Object[] stack, int sp, int n) {
        PyTuple keys = (PyTuple) stack[sp - 1];
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(keys.items[i], stack[sp - 1 - n + i]);
        }
        sp = clear(stack, sp, n + 1);
        stack[sp] = d;
        return sp + 1;
    }

    static int buildString(Object[] stack, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            sb.append(((PyStr) stack[i]).value());
        }
        sp = clear(stack, sp, n);
        stack[sp] = PyStr.of(sb.toString());
        return sp + 1;
    }

    static int buildSlice(Object[] stack, int sp, int n) {
        Object step = n == 3 ? stack[sp - 1] : Py.None;
        Object stop = stack[sp - n + 1];
        Object start = stack[sp - n];
        sp = clear(stack, sp, n);
        stack[sp] = new PySlice(start, stop, step);
        return sp + 1;
    }

    static Object listToTuple(Object list) {
        return PyTuple.of(((PyList) list).toArray());
    }

    static int addToCollection(Opcode op, Object[] stack, int sp, int depth) {
        Object v = stack[sp - 1];
        Object target = stack[sp - 1 - depth];
        switch (op) {
            case LIST_APPEND -> ((PyList) target).append(v);
            case SET_ADD -> Ops.callSpecial(target, "add", v);
            case LIST_EXTEND -> listExtend((PyList) target, v);
            case SET_UPDATE -> Ops.callSpecial(target, "update", v);
            case DICT_UPDATE -> dictUpdate((PyDict) target, v);
            case DICT_MERGE -> Calls.dictMerge(stack, sp, depth, (PyDict) target, v);
            default -> throw new IllegalStateException(op.name());
        }
        stack[--sp] = null;
        return sp;
    }

    private static void listExtend(PyList list, Object iterable) {
        if (iterable instanceof PyTuple t) {
            for (Object x : t.items) {
                list.append(x);
            }
            return;
        }
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR) && Py.typeOf(iterable).lookup("__iter__") == null
                && Py.typeOf(iterable).lookup("__getitem__") == null) {
                throw Exceptions.typeError("Value after * must be an iterable, not " + Py.typeOf(iterable).name());
            }
            throw e;
        }
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            list.append(x);
        }
    }

    private static void dictUpdate(PyDict target, Object mapping) {
        if (mapping instanceof PyDict d) {
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) != null) {
                    target.put(d.keyAt(i), d.valueAt(i));
                }
            }
            return;
        }
        Object keysMethod = Ops.getAttrOrNull(mapping, "keys");
        if (keysMethod == null) {
            throw Exceptions.typeError("'" + Py.typeOf(mapping).name() + "' object is not a mapping");
        }
        Object it = Ops.iter(Ops.call(keysMethod));
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            target.put(k, Ops.getItem(mapping, k));
        }
    }

    static int mapAdd(Object[] stack, int sp, int depth) {
        Object value = stack[sp - 1];
        Object key = stack[sp - 2];
        ((PyDict) stack[sp - 2 - depth]).put(key, value);
        return clear(stack, sp, 2);
    }

    static int unpackSequence(Frame f, int pc, Object[] stack, int sp, int n) {
        Object seq = stack[--sp];
        Object[] items;
        if (seq instanceof PyTuple t && t.items.length == n && t.type == BuiltinTypes.TUPLE) {
            items = t.items;
        } else if (seq instanceof PyList l && l.size == n && l.type == BuiltinTypes.LIST) {
            items = l.toArray();
        } else {
            f.lasti = pc - 1;
            items = collect(seq, n, -1);
        }
        for (int i = n - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    /** The items of an unpacking source: exactly n (after &lt; 0) or at least n + after with the rest in the middle. */
    private static Object[] collect(Object seq, int before, int after) {
        Object it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR) && Py.typeOf(seq).lookup("__iter__") == null
                && Py.typeOf(seq).lookup("__getitem__") == null) {
                throw Exceptions.typeError("cannot unpack non-iterable " + Py.typeOf(seq).name() + " object");
            }
            throw e;
        }
        PyList all = new PyList();
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            all.append(x);
            if (after < 0 && all.size > before) {
                throw Exceptions.valueError("too many values to unpack (expected " + before + ")");
            }
        }
        if (after < 0) {
            if (all.size < before) {
                throw Exceptions.valueError("not enough values to unpack (expected " + before + ", got " + all.size + ")");
            }
            return all.toArray();
        }
        if (all.size < before + after) {
            throw Exceptions.valueError("not enough values to unpack (expected at least " + (before + after)
                + ", got " + all.size + ")");
        }
        return all.toArray();
    }

    static int unpackEx(Object[] stack, int sp, int arg) {
        int before = arg & 0xFF;
        int after = arg >> 8;
        Object seq = stack[--sp];
        Object[] items = collect(seq, before, after);
        int middle = items.length - before - after;
        Object[] rest = new Object[middle];
        System.arraycopy(items, before, rest, 0, middle);
        for (int i = items.length - 1; i >= before + middle; i--) {
            stack[sp++] = items[i];
        }
        stack[sp++] = new PyList(rest);
        for (int i = before - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    static int formatValue(Object[] stack, int sp, int flags) {
        Object spec = (flags & 4) != 0 ? stack[--sp] : null;
        Object value = stack[sp - 1];
        switch (flags & 3) {
            case 1 -> value = Ops.str(value);
            case 2 -> value = Ops.repr(value);
            case 3 -> value = PyStr.of(Builtins.ascii(Ops.reprString(value)));
            default -> { }
        }
        if (spec == null && value instanceof PyStr s && s.type == BuiltinTypes.STR) {
            stack[sp - 1] = value;
        } else if (spec == null && value instanceof Long l) {
            stack[sp - 1] = PyStr.of(Long.toString(l));
        } else {
            Object r = Ops.callSpecial(value, "__format__", spec == null ? PyStr.EMPTY : spec);
            if (!(r instanceof PyStr)) {
                throw Exceptions.typeError("__format__ must return a str, not " + Py.typeOf(r).name());
            }
            stack[sp - 1] = r;
        }
        stack[sp] = null;
        return sp;
    }

    static int beforeWith(Object[] stack, int sp, boolean async) {
        Object mgr = stack[sp - 1];
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        taipan.runtime.PyType t = Py.typeOf(mgr);
        Object enter = t.lookup(enterName);
        Object exit = t.lookup(exitName);
        if (enter == null || exit == null) {
            String what = async ? "asynchronous context manager protocol" : "context manager protocol";
            String missing = enter == null ? "" : "(missed " + exitName + " method)";
            throw Exceptions.typeError("'" + t.name() + "' object does not support the " + what
                + (enter == null ? "" : " " + missing));
        }
        Object boundExit = Ops.bind(exit, mgr, t);
        Object result = Ops.invoke(enter, mgr);
        stack[sp - 1] = boundExit;
        stack[sp] = result;
        return sp + 1;
    }

    static void setupAnnotations(Frame f) {
        if (f.locals instanceof PyDict d) {
            if (d.get(PyStr.of("__annotations__")) == null) {
                d.put(PyStr.of("__annotations__"), new PyDict());
            }
        } else {
            try {
                Ops.getItem(f.locals, PyStr.of("__annotations__"));
            } catch (PyException e) {
                if (!e.matches(Exceptions.KEY_ERROR)) {
                    throw e;
                }
                Ops.setItem(f.locals, PyStr.of("__annotations__"), new PyDict());
            }
        }
    }

    static int printExpr(Object[] stack, int sp) {
        Object v = stack[--sp];
        stack[sp] = null;
        Object hook = Sys.get("displayhook");
        if (hook == null) {
            throw Exceptions.runtimeError("lost sys.displayhook");
        }
        Ops.call(hook, v);
        return sp;
    }
}
