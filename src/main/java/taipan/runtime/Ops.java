package taipan.runtime;

import java.math.BigInteger;

/**
 * The abstract object protocol: what Python does for attribute access, calls,
 * truth, hashing, comparison, repr/str, iteration, subscription and len on any
 * value. Built-in and user types are treated alike, through the special
 * methods found on the type ({@link PyType#lookup}); a few very common cases
 * (ints, floats, exact strs, lists, tuples, dicts) take a direct path with the
 * same result. Arithmetic lives in {@link Arithmetic}.
 *
 * <p>Contract: every method raises Python exceptions as {@link PyException}
 * with CPython's messages, and never returns Java null unless documented
 * ({@link #next}, {@link #getAttrOrNull}).
 */
public final class Ops {
    private Ops() {}

    // ---- special methods -------------------------------------------------

    /** Calls a special method found on a type with {@code self} first, without binding it first. */
    public static Object invoke(Object descr, Object self, Object... args) {
        if (descr instanceof MethodDescriptor md) {
            return md.callWithSelf(self, args, null);
        }
        if (descr instanceof MethodLike f) {
            return f.callWithSelf(self, args, null);
        }
        return call(bind(descr, self, Py.typeOf(self)), args, null);
    }

    /** Looks {@code name} up on the type of {@code self} and calls it; null when the type has no such method. */
    public static Object callSpecial(Object self, String name, Object... args) {
        Object descr = Py.typeOf(self).lookup(name);
        return descr == null ? null : invoke(descr, self, args);
    }

    /** {@link #callSpecial} through a type's slot cache. */
    public static Object callSlot(Object self, SlotName slot, Object... args) {
        Object descr = Py.typeOf(self).lookup(slot);
        return descr == null ? null : invoke(descr, self, args);
    }

    /** {@code descr.__get__(obj, type)} for any descriptor; descr itself when it is not one. */
    public static Object bind(Object descr, Object obj, PyType type) {
        if (descr instanceof Descriptor d) {
            return d.get(obj, type);
        }
        if (descr instanceof PyObject) {
            Object get = Py.typeOf(descr).lookup("__get__");
            if (get != null) {
                return invoke(get, descr, obj == null ? Py.None : obj, type);
            }
        }
        return descr;
    }

    private static boolean isDataDescriptor(Object descr) {
        if (descr instanceof Descriptor d) {
            return d.isData();
        }
        if (descr instanceof PyObject p && !p.type.builtin) {
            return p.type.lookup("__set__") != null || p.type.lookup("__delete__") != null;
        }
        return false;
    }

    private static boolean hasGet(Object descr) {
        return descr instanceof Descriptor || descr instanceof PyObject p && !p.type.builtin && p.type.lookup("__get__") != null;
    }

    // ---- attributes --------------------------------------------------------

    /** Whether {@code t} reads attributes with object's (or type's) standard {@code __getattribute__}. */
    public static boolean hasGenericGetattr(PyType t) {
        return t.hasGenericGetattr();
    }

    /** {@code getattr(obj, name)}. */
    public static Object getAttr(Object obj, String name) {
        PyType t = Py.typeOf(obj);
        if (t.hasGenericGetattr()) {
            Object v = genericGetAttr(obj, name, t);
            if (v != null) {
                return v;
            }
            Object getattr = t.lookup("__getattr__");
            if (getattr != null) {
                try {
                    return invoke(getattr, obj, PyStr.of(name));
                } catch (PyException e) {
                    throw withAttributeContext(e, obj, name);
                }
            }
            throw Exceptions.noAttribute(obj, name);
        }
        try {
            return invoke(t.lookup("__getattribute__"), obj, PyStr.of(name));
        } catch (PyException e) {
            Object getattr = t.lookup("__getattr__");
            if (!e.matches(Exceptions.ATTRIBUTE_ERROR) || getattr == null) {
                throw withAttributeContext(e, obj, name);
            }
            try {
                return invoke(getattr, obj, PyStr.of(name));
            } catch (PyException e2) {
                throw withAttributeContext(e2, obj, name);
            }
        }
    }

    /**
     * An AttributeError escaping {@code getattr(obj, name)} gets {@code name} and {@code obj}
     * (for the "Did you mean" suggestion) unless an inner lookup already set them, as in CPython.
     */
    private static PyException withAttributeContext(PyException e, Object obj, String name) {
        if (e.matches(Exceptions.ATTRIBUTE_ERROR) && ExceptionMethods.field(e.value, "name") == null
            && ExceptionMethods.field(e.value, "obj") == null) {
            ExceptionMethods.setField(e.value, "name", PyStr.of(name));
            ExceptionMethods.setField(e.value, "obj", obj);
        }
        return e;
    }

    /** {@code getattr(obj, name, None)} but null when missing (AttributeError swallowed). */
    public static Object getAttrOrNull(Object obj, String name) {
        PyType t = Py.typeOf(obj);
        Object v;
        try {
            // a descriptor may raise AttributeError too (type.__abstractmethods__ on most classes)
            v = hasGenericGetattr(t) ? genericGetAttr(obj, name, t) : invoke(t.lookup("__getattribute__"), obj, PyStr.of(name));
        } catch (PyException e) {
            if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                throw e;
            }
            v = null;
        }
        if (v == null) {
            Object getattr = t.lookup("__getattr__");
            if (getattr != null) {
                try {
                    return invoke(getattr, obj, PyStr.of(name));
                } catch (PyException e) {
                    if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    return null;
                }
            }
        }
        return v;
    }

    /** {@code object.__getattribute__} (and type's and module's): null when not found. */
    public static Object genericGetAttr(Object obj, String name, PyType t) {
        if (obj instanceof PyType type) {
            return typeGetAttr(type, name, t);
        }
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return bind(descr, obj, t);
        }
        if (obj instanceof PyModule m) {
            Object v = m.dict.get(PyStr.of(name));
            if (v != null) {
                return v;
            }
            if (descr == null && !name.equals("__getattr__") && m.dict.get(PyStr.of("__getattr__")) instanceof Object g) {
                return call(g, PyStr.of(name)); // its AttributeError (with its own message) propagates
            }
        } else if (obj instanceof PyObject p && p.shape != null) {
            Object v = Attributes.getInstanceAttribute(p, name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return bind(descr, obj, t);
        }
        if (name.equals("__dict__") && obj instanceof PyObject p && t.instancesHaveDict) {
            return obj instanceof PyModule m ? m.dict : Attributes.dictOf(p);
        }
        return null;
    }

    private static Object typeGetAttr(PyType type, String name, PyType metatype) {
        Object metaDescr = metatype.lookup(name);
        if (metaDescr != null && isDataDescriptor(metaDescr)) {
            return bind(metaDescr, type, metatype);
        }
        Object v = type.lookup(name);
        if (v != null) {
            if (hasGet(v)) {
                return bind(v, null, type);
            }
            return v;
        }
        if (metaDescr != null) {
            return bind(metaDescr, type, metatype);
        }
        return null;
    }

    /** {@code setattr(obj, name, value)}; value null means {@code del obj.name}. */
    public static void setAttr(Object obj, String name, Object value) {
        PyType t = Py.typeOf(obj);
        Object sa = t.lookup(value == null ? "__delattr__" : "__setattr__");
        if (sa instanceof MethodDescriptor) {
            genericSetAttr(obj, name, value, t);
        } else if (value == null) {
            invoke(sa, obj, PyStr.of(name));
        } else {
            invoke(sa, obj, PyStr.of(name), value);
        }
    }

    /** {@code object.__setattr__}/{@code __delattr__} (and type's and module's). */
    public static void genericSetAttr(Object obj, String name, Object value, PyType t) {
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            if (descr instanceof Descriptor d) {
                d.set(obj, value);
            } else if (value == null) {
                invoke(Py.typeOf(descr).lookup("__delete__"), descr, obj);
            } else {
                invoke(Py.typeOf(descr).lookup("__set__"), descr, obj, value);
            }
            return;
        }
        if (obj instanceof PyType type) {
            if (type.builtin) {
                throw Exceptions.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name() + "'");
            }
            if (value == null) {
                if (!type.removeMember(name)) {
                    throw Exceptions.noAttribute(obj, name);
                }
            } else {
                type.setMember(name, value);
            }
            return;
        }
        if (obj instanceof PyModule m) {
            if (value == null) {
                if (m.dict.remove(PyStr.of(name)) == null) {
                    throw Exceptions.noAttribute(obj, name);
                }
            } else {
                m.dict.put(PyStr.of(name), value);
            }
            return;
        }
        if (obj instanceof PyObject p && t.instancesHaveDict) {
            if (name.equals("__dict__") && value != null) {
                if (!(value instanceof PyDict d)) {
                    throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + Py.typeOf(value).name() + "'");
                }
                Attributes.setDict(p, d);
                return;
            }
            if (value == null) {
                if (!Attributes.deleteInstanceAttribute(p, name)) {
                    throw Exceptions.noAttribute(obj, name);
                }
            } else {
                Attributes.setInstanceAttribute(p, name, value);
            }
            return;
        }
        if (descr != null) {
            throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "'" + t.name() + "' object attribute '" + name + "' is read-only");
        }
        throw Exceptions.noAttribute(obj, name);
    }

    // ---- calls -------------------------------------------------------------

    /** Calls {@code f} with positional arguments. */
    public static Object call(Object f, Object... args) {
        return call(f, args, null);
    }

    /** Calls {@code f} with Taipan's convention (see {@link PyCallable}). */
    public static Object call(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        if (f instanceof MethodDescriptor md) {
            return md.callUnbound(args, kwnames);
        }
        Object callMethod = Py.typeOf(f).lookup(SlotName.CALL);
        if (callMethod == null) {
            throw Exceptions.typeError("'" + Py.typeOf(f).name() + "' object is not callable");
        }
        if (callMethod instanceof MethodLike m) {
            Object[] all = new Object[args.length + 1];
            all[0] = f;
            System.arraycopy(args, 0, all, 1, args.length);
            return m.call(all, kwnames);
        }
        return call(bind(callMethod, f, Py.typeOf(f)), args, kwnames);
    }

    // ---- truth, hash, equality ----------------------------------------------

    /** {@code bool(x)}. */
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o == Py.None) {
            return false;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof PyStr s && s.type == BuiltinTypes.STR) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyList l && l.type == BuiltinTypes.LIST) {
            return l.size != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        PyType t = Py.typeOf(o);
        Object bool = t.lookup(SlotName.BOOL);
        if (bool != null) {
            Object r = invoke(bool, o);
            if (!(r instanceof Boolean b)) {
                throw Exceptions.typeError("__bool__ should return bool, returned " + Py.typeOf(r).name());
            }
            return b;
        }
        Object len = t.lookup(SlotName.LEN);
        if (len != null) {
            return lenResult(invoke(len, o)) != 0;
        }
        return true;
    }

    /** {@code hash(x)}. */
    public static long hash(Object o) {
        if (o instanceof PyStr s && s.type == BuiltinTypes.STR) {
            return s.pyHash();
        }
        if (o instanceof Long l) {
            return Hashing.hashLong(l);
        }
        if (o instanceof Double d) {
            return Hashing.hashDouble(d, d);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return Hashing.hashBig(b);
        }
        Object h = Py.typeOf(o).lookup(SlotName.HASH);
        if (h == null || h == Py.None) {
            throw Exceptions.typeError("unhashable type: '" + Py.typeOf(o).name() + "'");
        }
        Object r = invoke(h, o);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        if (r instanceof BigInteger b) {
            return Hashing.hashBig(b);
        }
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (r instanceof PyInt pi) {
            return pi.value instanceof Long l ? l : Hashing.hashBig((BigInteger) pi.value);
        }
        throw Exceptions.typeError("__hash__ method should return an integer");
    }

    /** Equality as containers use it: identity first, then {@code ==}. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type == BuiltinTypes.STR && y.type == BuiltinTypes.STR) {
            return x.value().equals(y.value());
        }
        return isTrue(richCompare(a, b, CompareOp.EQ));
    }

    /** {@code a op b} for a rich comparison. */
    public static Object richCompare(Object a, Object b, CompareOp op) {
        if (a instanceof Long x && b instanceof Long y) {
            return Py.bool(op.test(Long.compare(x, y)));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Py.bool(compareDoubles(x, y, op));
        }
        if (a instanceof Double x && b instanceof Long y && Math.abs(y) <= 1L << 53) {
            return Py.bool(compareDoubles(x, (double) y, op));
        }
        if (a instanceof Long x && b instanceof Double y && Math.abs(x) <= 1L << 53) {
            return Py.bool(compareDoubles((double) x, y, op));
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type == BuiltinTypes.STR && y.type == BuiltinTypes.STR) {
            if (op == CompareOp.EQ) {
                return Py.bool(x.value().equals(y.value()));
            }
            if (op == CompareOp.NE) {
                return Py.bool(!x.value().equals(y.value()));
            }
            return Py.bool(op.test(x.compareTo(y)));
        }
        PyType ta = Py.typeOf(a);
        PyType tb = Py.typeOf(b);
        CompareOp reflected = op.reflected();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(reflected.slot) != ta.lookup(reflected.slot);
        if (reflectedFirst) {
            Object r = callSlot(b, reflected.slot, a);
            if (r != null && r != Py.NotImplemented) {
                return r;
            }
        }
        Object r = callSlot(a, op.slot, b);
        if (r != null && r != Py.NotImplemented) {
            return r;
        }
        if (!reflectedFirst) {
            r = callSlot(b, reflected.slot, a);
            if (r != null && r != Py.NotImplemented) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return Py.bool(a == b);
        }
        if (op == CompareOp.NE) {
            return Py.bool(a != b);
        }
        throw Exceptions.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name() + "' and '" + tb.name() + "'");
    }

    private static boolean compareDoubles(double x, double y, CompareOp op) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** {@code a < b} as a Java boolean (sorting, min, max). */
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return isTrue(richCompare(a, b, CompareOp.LT));
    }

    // ---- repr and str ------------------------------------------------------

    /** {@code repr(x)}. */
    public static PyStr repr(Object o) {
        if (o instanceof Long l) {
            return PyStr.of(Long.toString(l));
        }
        Object r = callSlot(o, SlotName.REPR);
        if (r instanceof PyStr s) {
            return s;
        }
        throw Exceptions.typeError("__repr__ returned non-string (type " + Py.typeOf(r).name() + ")");
    }

    /** {@code str(x)}. */
    public static PyStr str(Object o) {
        if (o instanceof PyStr s && s.type == BuiltinTypes.STR) {
            return s;
        }
        if (o instanceof Long l) {
            return PyStr.of(Long.toString(l));
        }
        Object r = callSlot(o, SlotName.STR);
        if (r instanceof PyStr s) {
            return s;
        }
        throw Exceptions.typeError("__str__ returned non-string (type " + Py.typeOf(r).name() + ")");
    }

    /** The Java string of {@code repr(x)}. */
    public static String reprString(Object o) {
        return repr(o).value();
    }

    /** The Java string of {@code str(x)}. */
    public static String strString(Object o) {
        return str(o).value();
    }

    // ---- iteration ---------------------------------------------------------

    /** {@code iter(x)}. */
    public static Object iter(Object o) {
        PyType t = Py.typeOf(o);
        Object it = t.lookup(SlotName.ITER);
        if (it != null && it != Py.None) {
            Object r = invoke(it, o);
            if (!(r instanceof PyIterator) && Py.typeOf(r).lookup("__next__") == null) {
                throw Exceptions.typeError("iter() returned non-iterator of type '" + Py.typeOf(r).name() + "'");
            }
            return r;
        }
        if (it == null && t.lookup("__getitem__") != null) {
            return new SequenceIterator(o);
        }
        throw Exceptions.typeError("'" + t.name() + "' object is not iterable");
    }

    /** {@code next(it)}, or null when the iterator is exhausted (StopIteration is not raised). */
    public static Object next(Object it) {
        if (it instanceof PyIterator pi) {
            return pi.next();
        }
        return nextSlow(it);
    }

    private static Object nextSlow(Object it) {
        Object n = Py.typeOf(it).lookup(SlotName.NEXT);
        if (n == null) {
            throw Exceptions.typeError("'" + Py.typeOf(it).name() + "' object is not an iterator");
        }
        try {
            return invoke(n, it);
        } catch (PyException e) {
            if (e.matches(Exceptions.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    // ---- subscription, containment, len -------------------------------------

    /** {@code o[key]}. */
    public static Object getItem(Object o, Object key) {
        if (o instanceof PyList l && key instanceof Long i && l.type == BuiltinTypes.LIST) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) {
                return l.items[(int) k];
            }
        }
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            Object v = d.get(key);
            if (v == null) {
                throw Exceptions.keyError(key);
            }
            return v;
        }
        if (o instanceof PyTuple t && key instanceof Long i && t.type == BuiltinTypes.TUPLE) {
            long k = i < 0 ? i + t.items.length : i;
            if (k >= 0 && k < t.items.length) {
                return t.items[(int) k];
            }
        }
        if (o instanceof PyStr s && key instanceof Long i && s.type == BuiltinTypes.STR && s.isBmp()) {
            String v = s.value();
            long k = i < 0 ? i + v.length() : i;
            if (k >= 0 && k < v.length()) {
                return PyStr.ofChar(v.charAt((int) k));
            }
        }
        Object gi = Py.typeOf(o).lookup(SlotName.GETITEM);
        if (gi != null) {
            return invoke(gi, o, key);
        }
        if (o instanceof PyType type) {
            Object cgi = type.lookup("__class_getitem__");
            if (cgi != null) {
                return call(bind(cgi, null, type), key);
            }
            if (type == BuiltinTypes.TYPE) {
                return TypeCalls.genericAlias(type, key);
            }
            throw Exceptions.typeError("type '" + type.name() + "' is not subscriptable");
        }
        throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object is not subscriptable");
    }

    /** {@code o[key] = value}. */
    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            d.put(key, value);
            return;
        }
        if (o instanceof PyList l && key instanceof Long i && l.type == BuiltinTypes.LIST) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) {
                l.items[(int) k] = value;
                return;
            }
        }
        Object si = Py.typeOf(o).lookup(SlotName.SETITEM);
        if (si == null) {
            throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object does not support item assignment");
        }
        invoke(si, o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delItem(Object o, Object key) {
        Object di = Py.typeOf(o).lookup("__delitem__");
        if (di == null) {
            throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object " + (key instanceof PySlice ? "does not" : "doesn't") + " support item deletion");
        }
        invoke(di, o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s && (s.type == BuiltinTypes.SET || s.type == BuiltinTypes.FROZENSET)) {
            return SetMethods.containsKey(s, item);
        }
        Object c = Py.typeOf(container).lookup(SlotName.CONTAINS);
        if (c != null) {
            return isTrue(invoke(c, container, item));
        }
        Object it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR)) {
                throw Exceptions.typeError("argument of type '" + Py.typeOf(container).name() + "' is not iterable");
            }
            throw e;
        }
        for (Object x = next(it); x != null; x = next(it)) {
            if (eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code len(x)}. */
    public static int len(Object o) {
        // the built-in containers directly; their subclasses may override __len__
        if (o instanceof PyStr s && s.type == BuiltinTypes.STR) {
            return s.codePointLength();
        }
        if (o instanceof PyList l && l.type == BuiltinTypes.LIST) {
            return l.size;
        }
        if (o instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            return t.items.length;
        }
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            return d.size();
        }
        if (o instanceof PySet s && (s.type == BuiltinTypes.SET || s.type == BuiltinTypes.FROZENSET)) {
            return s.used;
        }
        Object len = Py.typeOf(o).lookup(SlotName.LEN);
        if (len == null) {
            throw Exceptions.typeError("object of type '" + Py.typeOf(o).name() + "' has no len()");
        }
        return lenResult(invoke(len, o));
    }

    private static int lenResult(Object r) {
        Object i = index(r);
        if (i instanceof Long l) {
            if (l < 0) {
                throw Exceptions.valueError("__len__() should return >= 0");
            }
            if (l > Integer.MAX_VALUE) {
                throw Exceptions.overflowError("cannot fit 'int' into an index-sized integer");
            }
            return (int) (long) l;
        }
        if (((BigInteger) i).signum() < 0) {
            throw Exceptions.valueError("__len__() should return >= 0");
        }
        throw Exceptions.overflowError("cannot fit 'int' into an index-sized integer");
    }

    // ---- integers ------------------------------------------------------------

    /** {@code operator.index(x)}: a Long or BigInteger; TypeError for non-integers. */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyInt pi) {
            return pi.value;
        }
        Object idx = Py.typeOf(o).lookup("__index__");
        if (idx == null) {
            throw Exceptions.typeError("'" + Py.typeOf(o).name() + "' object cannot be interpreted as an integer");
        }
        Object r = invoke(idx, o);
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        }
        if (r instanceof Boolean || r instanceof PyInt) {
            Warnings.deprecation("__index__ returned non-int (type " + Py.typeOf(r).name() + ").  The ability to return "
                + "an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
            return IntArith.value(r);
        }
        throw Exceptions.typeError("__index__ returned non-int (type " + Py.typeOf(r).name() + ")");
    }

    /** {@code operator.index(x)} as a Java int, with CPython's OverflowError for huge values. */
    public static int indexAsInt(Object o) {
        Object i = index(o);
        if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw Exceptions.error(Exceptions.INDEX_ERROR, "cannot fit '" + Py.typeOf(o).name() + "' into an index-sized integer");
    }

    /** Whether {@code o} is an int (bool and int subclasses included). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof PyInt;
    }

    /** The int value of an int-like object (Long or BigInteger); the caller checked {@link #isInt}. */
    public static Object intValue(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyInt pi) {
            return pi.value;
        }
        return o;
    }
}
