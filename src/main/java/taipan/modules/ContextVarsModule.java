package taipan.modules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ClassMethod;
import taipan.runtime.Exceptions;
import taipan.runtime.GenericAlias;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.Identity;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.ObjectMethods;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyIterator;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code _contextvars} module: {@code ContextVar}, {@code Token}, {@code Context} and
 * {@code copy_context}.
 *
 * <p>Contract: a Context holds an immutable map from ContextVar to value; setting a variable
 * replaces the entered context's map with a changed copy (copy on write), so
 * {@code copy_context()} and {@code Context.copy()} share the map and cost O(1). Each thread
 * has its own current context ({@link ThreadState#context}, made empty on first use, as a new
 * CPython thread starts with an empty context); {@code Context.run} makes a context current
 * for the duration of a call, and a context can be entered by one run at a time.
 */
public final class ContextVarsModule {
    private ContextVarsModule() {}

    public static final PyType CONTEXT_VAR = type("ContextVar");
    public static final PyType TOKEN = type("Token");
    public static final PyType CONTEXT = type("Context");
    static final PyType KEYS = iteratorType("keys");
    static final PyType VALUES = iteratorType("values");
    static final PyType ITEMS = iteratorType("items");
    private static final PyType MISSING_TYPE = BuiltinTypes.builtin("Token.MISSING", BuiltinTypes.OBJECT, null);
    /** {@code Token.MISSING}: the old value of a token whose variable had no value. */
    static final PyObject MISSING = new PyObject(MISSING_TYPE) { };

    private static boolean installed;

    private static PyType type(String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, null);
        t.define("__module__", PyStr.of("_contextvars"));
        t.acceptsSubclasses = false;
        return t;
    }

    private static PyType iteratorType(String name) {
        PyType t = PyIterator.defineIteratorType(name);
        t.define("__module__", PyStr.of("_contextvars"));
        return t;
    }

    /** {@code ContextVar}: a name and an optional default (null = none). */
    static final class ContextVar extends PyObject {
        final PyStr name;
        final Object defaultValue;

        ContextVar(PyStr name, Object defaultValue) {
            super(CONTEXT_VAR);
            this.name = name;
            this.defaultValue = defaultValue;
        }
    }

    /** {@code Token}: what {@code ContextVar.set} returns, to undo the set with {@code reset}. */
    static final class Token extends PyObject {
        final Context context;
        final ContextVar var;
        final Object oldValue;
        boolean used;

        Token(Context context, ContextVar var, Object oldValue) {
            super(TOKEN);
            this.context = context;
            this.var = var;
            this.oldValue = oldValue;
        }
    }

    /** {@code Context}: a map of variables (never mutated; replaced on set) and whether a run has entered it. */
    static final class Context extends PyObject {
        Map<ContextVar, Object> vars;
        boolean entered;
        Context previous;

        Context(Map<ContextVar, Object> vars) {
            super(CONTEXT);
            this.vars = vars;
        }

        void set(ContextVar var, Object value) {
            Map<ContextVar, Object> copy = new LinkedHashMap<>(vars);
            if (value == null) {
                copy.remove(var);
            } else {
                copy.put(var, value);
            }
            vars = copy;
        }
    }

    /** The calling thread's current context. */
    static Context current() {
        ThreadState ts = ThreadState.current();
        if (ts.context == null) {
            ts.context = new Context(Map.of());
        }
        return (Context) ts.context;
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_contextvars");
        m.dict.put(PyStr.of("ContextVar"), CONTEXT_VAR);
        m.dict.put(PyStr.of("Token"), TOKEN);
        m.dict.put(PyStr.of("Context"), CONTEXT);
        m.dict.put(PyStr.of("copy_context"), BuiltinFunction.of("_contextvars", "copy_context", "", (s, a) ->
            new Context(current().vars)));
        return m;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        installContextVar();
        installToken();
        installContext();
    }

    private static String varRepr(ContextVar v) {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(Ops.reprString(v.name));
        if (v.defaultValue != null) {
            sb.append(" default=").append(Ops.reprString(v.defaultValue));
        }
        return sb.append(" at 0x").append(String.format("%012x", Identity.id(v))).append('>').toString();
    }

    private static void installContextVar() {
        PyType t = CONTEXT_VAR;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("_contextvars",
            "ContextVar.__new__", "cls, name, /, *, default=?", (s, a) -> {
                if (!(a[1] instanceof PyStr name)) {
                    throw Exceptions.typeError("context variable name must be a str");
                }
                return new ContextVar(name, a[2]);
            })));
        GetSetDescriptor.define(t, "name", self -> ((ContextVar) self).name);
        MethodDescriptor.define(t, "get", "default=?, /", (self, a) -> {
            ContextVar v = (ContextVar) self;
            Object value = current().vars.get(v);
            if (value != null) {
                return value;
            }
            if (a[0] != null) {
                return a[0];
            }
            if (v.defaultValue != null) {
                return v.defaultValue;
            }
            throw Exceptions.withArgs(Exceptions.LOOKUP_ERROR, v);
        });
        MethodDescriptor.define(t, "set", "value, /", (self, a) -> {
            ContextVar v = (ContextVar) self;
            Context ctx = current();
            Object old = ctx.vars.get(v);
            ctx.set(v, a[0]);
            return new Token(ctx, v, old == null ? MISSING : old);
        });
        MethodDescriptor.define(t, "reset", "token, /", (self, a) -> {
            ContextVar v = (ContextVar) self;
            if (!(a[0] instanceof Token token)) {
                throw Exceptions.typeError("expected an instance of Token, got " + Ops.reprString(a[0]));
            }
            if (token.used) {
                throw Exceptions.runtimeError(tokenRepr(token) + " has already been used once");
            }
            if (token.var != v) {
                throw Exceptions.valueError(tokenRepr(token) + " was created by a different ContextVar");
            }
            Context ctx = current();
            if (token.context != ctx) {
                throw Exceptions.valueError(tokenRepr(token) + " was created in a different Context");
            }
            token.used = true;
            ctx.set(v, token.oldValue == MISSING ? null : token.oldValue);
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(varRepr((ContextVar) self)));
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> Identity.id(self) >> 4);
        classGetItem(t);
    }

    private static void classGetItem(PyType t) {
        t.define("__class_getitem__", new ClassMethod(BuiltinTypes.CLASSMETHOD,
            BuiltinFunction.of("_contextvars", "__class_getitem__", "cls, item, /", (s, a) -> new GenericAlias(a[0], a[1]))));
    }

    private static String tokenRepr(Token token) {
        return "<Token" + (token.used ? " used" : "") + " var=" + varRepr(token.var) + " at 0x"
            + String.format("%012x", Identity.id(token)) + ">";
    }

    private static void installToken() {
        PyType t = TOKEN;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("_contextvars",
            "Token.__new__", "cls, *args, **kwargs", (s, a) -> {
                throw Exceptions.runtimeError("Tokens can only be created by ContextVars");
            })));
        t.define("MISSING", MISSING);
        MethodDescriptor.define(MISSING_TYPE, "__repr__", "", (self, a) -> PyStr.of("<Token.MISSING>"));
        GetSetDescriptor.define(t, "var", self -> ((Token) self).var);
        GetSetDescriptor.define(t, "old_value", self -> ((Token) self).oldValue);
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(tokenRepr((Token) self)));
        classGetItem(t);
    }

    private static ContextVar key(Object o) {
        if (o instanceof ContextVar v) {
            return v;
        }
        throw Exceptions.typeError("a ContextVar key was expected, got " + Ops.reprString(o));
    }

    /** An iterator over a snapshot of a context's map: keys, values or (key, value) pairs. */
    private static final class MapIterator extends PyIterator {
        private final Iterator<Map.Entry<ContextVar, Object>> entries;
        private final int part;

        MapIterator(PyType type, Map<ContextVar, Object> vars, int part) {
            super(type);
            this.entries = vars.entrySet().iterator();
            this.part = part;
        }

        @Override
        public Object next() {
            if (!entries.hasNext()) {
                return null;
            }
            Map.Entry<ContextVar, Object> e = entries.next();
            return part == 0 ? e.getKey() : part == 1 ? e.getValue() : PyTuple.of(e.getKey(), e.getValue());
        }
    }

    private static void installContext() {
        PyType t = CONTEXT;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("_contextvars",
            "Context.__new__", "cls, *args, **kwargs", (s, a) -> {
                if (((PyTuple) a[1]).items.length > 0 || ((PyDict) a[2]).size() > 0) {
                    throw Exceptions.typeError("Context() does not accept any arguments");
                }
                return new Context(Map.of());
            })));
        t.define("__hash__", Py.None);
        MethodDescriptor.define(t, "run", "callable, /, *args, **kwargs", (self, a) -> run((Context) self, a));
        MethodDescriptor.define(t, "copy", "", (self, a) -> new Context(((Context) self).vars));
        MethodDescriptor.define(t, "get", "key, default=None, /", (self, a) -> {
            Object v = ((Context) self).vars.get(key(a[0]));
            return v == null ? a[1] : v;
        });
        MethodDescriptor.define(t, "__getitem__", "key, /", (self, a) -> {
            Object v = ((Context) self).vars.get(key(a[0]));
            if (v == null) {
                throw Exceptions.keyError(a[0]);
            }
            return v;
        });
        MethodDescriptor.define(t, "__contains__", "key, /", (self, a) -> ((Context) self).vars.containsKey(key(a[0])));
        MethodDescriptor.define(t, "__len__", "", (self, a) -> (long) ((Context) self).vars.size());
        MethodDescriptor.define(t, "__iter__", "", (self, a) -> new MapIterator(KEYS, ((Context) self).vars, 0));
        MethodDescriptor.define(t, "keys", "", (self, a) -> new MapIterator(KEYS, ((Context) self).vars, 0));
        MethodDescriptor.define(t, "values", "", (self, a) -> new MapIterator(VALUES, ((Context) self).vars, 1));
        MethodDescriptor.define(t, "items", "", (self, a) -> new MapIterator(ITEMS, ((Context) self).vars, 2));
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> {
            if (!(a[0] instanceof Context other)) {
                return Py.NotImplemented;
            }
            Map<ContextVar, Object> mine = ((Context) self).vars;
            if (mine == other.vars) {
                return true;
            }
            if (mine.size() != other.vars.size()) {
                return false;
            }
            List<Map.Entry<ContextVar, Object>> entries = new ArrayList<>(mine.entrySet());
            for (Map.Entry<ContextVar, Object> e : entries) {
                Object theirs = other.vars.get(e.getKey());
                if (theirs == null || !Ops.eq(e.getValue(), theirs)) {
                    return false;
                }
            }
            return true;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(ObjectMethods.defaultRepr(self)));
    }

    private static Object run(Context ctx, Object[] a) {
        if (ctx.entered) {
            throw Exceptions.runtimeError("cannot enter context: " + ObjectMethods.defaultRepr(ctx) + " is already entered");
        }
        ThreadState ts = ThreadState.current();
        ctx.previous = (Context) ts.context;
        ctx.entered = true;
        ts.context = ctx;
        try {
            taipan.runtime.CallArgs.Packed p = taipan.runtime.CallArgs.pack(((PyTuple) a[1]).items, (PyDict) a[2]);
            return Ops.call(a[0], p.args(), p.kwnames());
        } finally {
            ts.context = ctx.previous;
            ctx.previous = null;
            ctx.entered = false;
        }
    }
}
