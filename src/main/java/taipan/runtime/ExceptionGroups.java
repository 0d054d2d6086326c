package taipan.runtime;

import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * BaseExceptionGroup and ExceptionGroup (CPython 3.11): {@code __new__} with
 * its validation and its choice between the two classes, {@code message},
 * {@code exceptions}, {@code __str__}, {@code derive}, {@code split} and
 * {@code subgroup}; and the two operations the interpreter needs for
 * {@code except*}: {@link #match} (what CHECK_EG_MATCH does) and
 * {@link #prepReraiseStar} (what PREP_RERAISE_STAR does).
 *
 * <p>Contract: the parts that split and subgroup build are made by
 * {@code derive} on the original group and get its {@code __traceback__},
 * {@code __cause__}, {@code __context__} and a copy of its {@code __notes__};
 * a part equal to the whole is the original object.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** The outcome of a split: each part an exception or None. */
    public record Split(Object match, Object rest) {}

    static void install() {
        PyType beg = Exceptions.BASE_EXCEPTION_GROUP;
        ExceptionMethods.defineNew(beg, "cls, *args, **kwargs", (s, a) -> newGroup(a[0], (PyTuple) a[1]));
        MethodDescriptor.define(beg, "__init__", "*args, **kwargs", (self, a) -> {
            ExceptionMethods.noKeywords(self, (PyDict) a[1]);
            ((PyBaseException) self).args = (PyTuple) a[0];
            return Py.None;
        });
        GetSetDescriptor.define(beg, "message", self -> ExceptionMethods.field(self, "message"));
        GetSetDescriptor.define(beg, "exceptions", ExceptionGroups::exceptions);
        MethodDescriptor.define(beg, "__str__", "", (self, a) -> {
            int n = exceptions(self).items.length;
            return PyStr.of(Ops.strString(ExceptionMethods.field(self, "message")) + " (" + n + " sub-exception"
                + (n == 1 ? "" : "s") + ")");
        });
        MethodDescriptor.define(beg, "derive", "excs, /", (self, a) ->
            Ops.call(beg, ExceptionMethods.field(self, "message"), a[0]));
        MethodDescriptor.define(beg, "split", "matcher_value, /", (self, a) -> {
            Split r = split((PyBaseException) self, matcher(a[0]), true);
            return PyTuple.of(r.match, r.rest);
        });
        MethodDescriptor.define(beg, "subgroup", "matcher_value, /", (self, a) ->
            split((PyBaseException) self, matcher(a[0]), false).match);
        beg.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("builtins", "BaseExceptionGroup.__class_getitem__", "cls, item, /",
                (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static PyTuple exceptions(Object group) {
        return (PyTuple) ExceptionMethods.field(group, "exceptions");
    }

    /** Whether {@code o} is an exception group. */
    public static boolean isGroup(Object o) {
        return o instanceof PyBaseException e && e.type.isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP);
    }

    private static Object newGroup(Object cls, PyTuple args) {
        if (!(cls instanceof PyType type) || !type.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            return ExceptionMethods.newException(cls, args);
        }
        if (args.items.length != 2) {
            throw Exceptions.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.items.length
                + " given)");
        }
        Object message = args.items[0];
        Object excs = args.items[1];
        if (!(message instanceof PyStr)) {
            throw Exceptions.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                + Py.typeOf(message).name());
        }
        if (!isSequence(excs)) {
            throw Exceptions.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = sequenceItems(excs);
        if (items.length == 0) {
            throw Exceptions.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Exceptions.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            nestedBase |= !e.type.isSubtypeOf(Exceptions.EXCEPTION);
        }
        PyType t = type;
        if (t == Exceptions.BASE_EXCEPTION_GROUP) {
            if (!nestedBase) {
                t = Exceptions.EXCEPTION_GROUP;
            }
        } else if (t == Exceptions.EXCEPTION_GROUP) {
            if (nestedBase) {
                throw Exceptions.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && t.isSubtypeOf(Exceptions.EXCEPTION)) {
            throw Exceptions.typeError("Cannot nest BaseExceptions in '" + t.name() + "'");
        }
        PyBaseException e = (PyBaseException) t.factory.create(t);
        e.args = args;
        ExceptionMethods.setField(e, "message", message);
        ExceptionMethods.setField(e, "exceptions", PyTuple.of(items));
        return e;
    }

    /** PySequence_Check: has {@code __getitem__} and is not a dict. */
    private static boolean isSequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) {
            return true;
        }
        return !(o instanceof PyDict) && Py.typeOf(o).lookup("__getitem__") != null;
    }

    private static Object[] sequenceItems(Object o) {
        if (o instanceof PyList l) {
            return l.toArray();
        }
        if (o instanceof PyTuple t) {
            return t.items.clone();
        }
        PyList out = new PyList();
        Object it = Ops.iter(o);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.append(x);
        }
        return out.toArray();
    }

    // ---- matching and splitting --------------------------------------------------

    /** Whether {@code type} is an exception class. */
    private static boolean isExceptionClass(Object type) {
        return type instanceof PyType t && t.isSubtypeOf(Exceptions.BASE_EXCEPTION);
    }

    /** The test split() and subgroup() apply: an exception type, a tuple of them, or a predicate. */
    private static Predicate<PyBaseException> matcher(Object value) {
        if (!(value instanceof PyType) && isCallable(value)) {
            return e -> Ops.isTrue(Ops.call(value, e));
        }
        if (isExceptionClass(value)) {
            PyType t = (PyType) value;
            return e -> e.type.isSubtypeOf(t);
        }
        if (value instanceof PyTuple tuple && tuple.type == BuiltinTypes.TUPLE) {
            for (Object x : tuple.items) {
                if (!isExceptionClass(x)) {
                    throw matcherError();
                }
            }
            return e -> matchesAny(e.type, tuple.items);
        }
        throw matcherError();
    }

    private static PyException matcherError() {
        return Exceptions.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isCallable(Object o) {
        return o instanceof PyCallable || o instanceof MethodDescriptor || Py.typeOf(o).lookup("__call__") != null;
    }

    private static boolean matchesAny(PyType t, Object[] types) {
        for (Object x : types) {
            if (t.isSubtypeOf((PyType) x)) {
                return true;
            }
        }
        return false;
    }

    /** {@code except} matching: {@code type} is an exception class or a (nested) tuple of them. */
    private static boolean givenExceptionMatches(PyType t, Object type) {
        if (type instanceof PyTuple tuple) {
            for (Object x : tuple.items) {
                if (givenExceptionMatches(t, x)) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof PyType c && t.isSubtypeOf(c);
    }

    private static Split split(PyBaseException exc, Predicate<PyBaseException> matches, boolean constructRest) {
        if (matches.test(exc)) {
            return new Split(exc, Py.None);
        }
        if (!isGroup(exc)) {
            return new Split(Py.None, constructRest ? exc : Py.None);
        }
        PyList matchList = new PyList();
        PyList restList = new PyList();
        for (Object sub : exceptions(exc).items) {
            Split r = split((PyBaseException) sub, matches, constructRest);
            if (r.match != Py.None) {
                matchList.append(r.match);
            }
            if (r.rest != Py.None) {
                restList.append(r.rest);
            }
        }
        Object match = subset(exc, matchList);
        Object rest = constructRest ? subset(exc, restList) : Py.None;
        return new Split(match, rest);
    }

    /** A group like {@code orig} holding {@code excs}: made by derive, with orig's metadata copied. */
    private static Object subset(PyBaseException orig, PyList excs) {
        if (excs.size == 0) {
            return Py.None;
        }
        Object derived = Ops.call(Ops.getAttr(orig, "derive"), excs);
        if (!isGroup(derived)) {
            throw Exceptions.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException eg = (PyBaseException) derived;
        if (orig.traceback != null) {
            eg.traceback = orig.traceback;
        }
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = true;
        Object notes = Ops.getAttrOrNull(orig, "__notes__");
        if (notes != null && isSequence(notes)) {
            Ops.setAttr(eg, "__notes__", PyList.of(sequenceItems(notes)));
        }
        return eg;
    }

    // ---- except* -------------------------------------------------------------------

    /**
     * CHECK_EG_MATCH: how an {@code except* T} clause splits the exception being
     * handled. A full match of a naked exception wraps it in a
     * {@code BaseExceptionGroup("", (exc,))} (without a traceback, as in 3.11); a group is
     * split; no match gives (None, None) and the handler is skipped.
     * {@code matchType} must have passed {@link #checkExceptStarType}.
     */
    public static Split match(PyBaseException exc, Object matchType) {
        if (givenExceptionMatches(exc.type, matchType)) {
            if (isGroup(exc)) {
                return new Split(exc, Py.None);
            }
            return new Split(Ops.call(Exceptions.BASE_EXCEPTION_GROUP, PyStr.EMPTY, PyTuple.of(exc)), Py.None);
        }
        if (isGroup(exc)) {
            return split(exc, matcher(matchType), true);
        }
        return new Split(Py.None, Py.None);
    }

    /** The TypeErrors CPython raises for an invalid type in {@code except*}. */
    public static void checkExceptStarType(Object type) {
        Object[] types = type instanceof PyTuple t ? t.items : new Object[] {type};
        for (Object x : types) {
            if (!isExceptionClass(x)) {
                throw Exceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (Object x : types) {
            if (((PyType) x).isSubtypeOf(Exceptions.BASE_EXCEPTION_GROUP)) {
                throw Exceptions.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * PREP_RERAISE_STAR: what leaves a {@code try/except*} statement, given the
     * exception that entered it ({@code orig}) and the exceptions its handlers
     * raised or re-raised ({@code excs}, None entries ignored). Re-raised parts
     * (same metadata as {@code orig}) are kept in orig's structure; newly raised
     * ones join them in a {@code BaseExceptionGroup("", [...])}. None when
     * nothing is left.
     */
    public static Object prepReraiseStar(Object orig, PyList excs) {
        if (excs.size == 0) {
            return Py.None;
        }
        if (!isGroup(orig)) {
            return excs.items[0];
        }
        PyBaseException og = (PyBaseException) orig;
        PyList raised = new PyList();
        Set<Object> leafIds = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean anyReraised = false;
        for (int i = 0; i < excs.size; i++) {
            Object x = excs.items[i];
            if (x == Py.None) {
                continue;
            }
            PyBaseException e = (PyBaseException) x;
            if (sameMetadata(e, og)) {
                anyReraised = true;
                collectLeaves(e, leafIds);
            } else {
                raised.append(e);
            }
        }
        Object reraised = anyReraised ? split(og, leafIds::contains, false).match : Py.None;
        if (raised.size == 0) {
            return reraised;
        }
        if (reraised != Py.None) {
            raised.append(reraised);
        }
        return raised.size > 1 ? Ops.call(Exceptions.BASE_EXCEPTION_GROUP, PyStr.EMPTY, raised) : raised.items[0];
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return Ops.getAttrOrNull(a, "__notes__") == Ops.getAttrOrNull(b, "__notes__") && a.traceback == b.traceback
            && a.cause == b.cause && a.context == b.context;
    }

    private static void collectLeaves(PyBaseException e, Set<Object> into) {
        if (isGroup(e)) {
            for (Object sub : exceptions(e).items) {
                collectLeaves((PyBaseException) sub, into);
            }
        } else {
            into.add(e);
        }
    }
}
