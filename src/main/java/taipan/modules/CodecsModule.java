package taipan.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import taipan.builtins.BuiltinFunctions;
import taipan.interpreter.PythonRuntime;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Codecs;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code _codecs} module's registry, as CPython 3.11 has it: codec search
 * functions ({@code register}, {@code unregister}, {@code lookup} with its name
 * normalization and cache, {@code _forget_codec}), {@code encode}/{@code decode}
 * through a looked-up codec (wrapping simple errors as "encoding with 'x' codec
 * failed (...)"), and the error handler registry ({@code register_error},
 * {@code lookup_error}) holding the built-in handlers of {@link CodecErrorHandlers}.
 * The codec functions themselves are {@link CodecFunctions}'. Each module
 * instance (one per runtime) has its own registry. The first lookup imports
 * {@code encodings}, which registers its search function, as CPython's start-up does.
 * Handlers registered from Python also serve {@code str.encode}/{@code bytes.decode}
 * (through {@link Codecs#registeredHandlers}).
 */
public final class CodecsModule {
    private CodecsModule() {}

    /** One runtime's codec and error-handler registries. */
    static final class Registry {
        final List<Object> searchFunctions = new ArrayList<>();
        final PyDict cache = new PyDict();
        final PyDict errorHandlers = new PyDict();
        boolean encodingsImported;

        Object lookupError(String name) {
            Object h = errorHandlers.get(PyStr.of(name));
            if (h == null) {
                throw Exceptions.error(Exceptions.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
            }
            return h;
        }
    }

    /** Each runtime's registry, for the handlers {@link Codecs} looks up by name. */
    private static final Map<PythonRuntime, Registry> REGISTRIES = Collections.synchronizedMap(new WeakHashMap<>());

    public static PyModule create() {
        PyModule m = new PyModule("_codecs");
        Registry r = new Registry();
        REGISTRIES.put(PythonRuntime.current(), r);
        Codecs.registeredHandlers = name -> {
            Registry current = REGISTRIES.get(PythonRuntime.current());
            return current == null ? null : current.errorHandlers.get(PyStr.of(name));
        };
        CodecErrorHandlers.installInto(r);
        fn(m, "register", "search_function, /", (s, a) -> {
            if (!BuiltinFunctions.isCallable(a[0])) {
                throw Exceptions.typeError("argument must be callable");
            }
            r.searchFunctions.add(a[0]);
            return Py.None;
        });
        fn(m, "unregister", "search_function, /", (s, a) -> {
            for (int i = 0; i < r.searchFunctions.size(); i++) {
                if (r.searchFunctions.get(i) == a[0]) {
                    r.searchFunctions.remove(i);
                    r.cache.clear();
                    break;
                }
            }
            return Py.None;
        });
        fn(m, "lookup", "encoding, /", (s, a) -> lookup(r, str(a[0], "lookup() argument")));
        fn(m, "_forget_codec", "encoding, /", (s, a) -> {
            r.cache.remove(PyStr.of(normalize(str(a[0], "_forget_codec() argument"))));
            return Py.None;
        });
        fn(m, "encode", "obj, encoding='utf-8', errors='strict'", (s, a) ->
            transcode(r, a, 0, "encoding", "encoder must return a tuple (object, integer)"));
        fn(m, "decode", "obj, encoding='utf-8', errors='strict'", (s, a) ->
            transcode(r, a, 1, "decoding", "decoder must return a tuple (object,integer)"));
        fn(m, "lookup_error", "name, /", (s, a) -> r.lookupError(str(a[0], "lookup_error() argument")));
        fn(m, "register_error", "errors, handler, /", (s, a) -> {
            String name = str(a[0], "register_error() argument 1");
            if (!BuiltinFunctions.isCallable(a[1])) {
                throw Exceptions.typeError("handler must be callable");
            }
            r.errorHandlers.put(PyStr.of(name), a[1]);
            return Py.None;
        });
        CodecFunctions.installInto(m, r);
        return m;
    }

    /** CPython's encoding-name normalization: lower case, runs of other than ASCII letters, digits and '.' as one '_'. */
    static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    static Object lookup(Registry r, String encoding) {
        PyStr key = PyStr.of(normalize(encoding));
        Object cached = r.cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (!r.encodingsImported) {
            r.encodingsImported = true;
            PythonRuntime rt = PythonRuntime.current();
            if (rt != null) {
                Ops.call(rt.builtins.getStr("__import__"), PyStr.of("encodings"));
            }
        }
        for (Object f : List.copyOf(r.searchFunctions)) {
            Object info = Ops.call(f, key);
            if (info == Py.None) {
                continue;
            }
            if (!(info instanceof PyTuple t) || t.items.length != 4) {
                throw Exceptions.typeError("codec search functions must return 4-tuples");
            }
            r.cache.put(key, info);
            return info;
        }
        throw Exceptions.error(Exceptions.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    /** codecs.encode (which = 0) or codecs.decode (which = 1). */
    private static Object transcode(Registry r, Object[] a, int which, String what, String badResult) {
        String encoding = str(a[1], (which == 0 ? "encode" : "decode") + "() argument 'encoding'");
        String errors = str(a[2], (which == 0 ? "encode" : "decode") + "() argument 'errors'");
        Object codec = Ops.getItem(lookup(r, encoding), (long) which);
        Object result;
        try {
            result = Ops.call(codec, a[0], PyStr.of(errors));
        } catch (PyException e) {
            throw wrapped(e, what, encoding);
        }
        if (!(result instanceof PyTuple t) || t.items.length != 2) {
            throw Exceptions.typeError(badResult);
        }
        return t.items[0];
    }

    /** The types whose errors CPython re-raises with the codec named: those without state beyond their args. */
    private static final PyType[] WRAPPED = {Exceptions.TYPE_ERROR, Exceptions.VALUE_ERROR, Exceptions.LOOKUP_ERROR,
        Exceptions.KEY_ERROR, Exceptions.INDEX_ERROR, Exceptions.RUNTIME_ERROR, Exceptions.OVERFLOW_ERROR,
        Exceptions.ZERO_DIVISION_ERROR, Exceptions.ASSERTION_ERROR, Exceptions.NOT_IMPLEMENTED_ERROR};

    private static PyException wrapped(PyException e, String what, String encoding) {
        PyType t = e.value.type;
        for (PyType w : WRAPPED) {
            if (t == w) {
                PyException n = Exceptions.error(t, what + " with '" + encoding + "' codec failed (" + t.name()
                    + ": " + Ops.strString(e.value) + ")");
                Ops.setAttr(n.value, "__cause__", e.value);
                return n;
            }
        }
        return e;
    }

    /** A str argument's value; TypeError "{what} must be str, not T" otherwise. */
    static String str(Object o, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError(what + " must be str, not " + Py.typeOf(o).name());
    }

    static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_codecs", name, spec, body));
    }
}
