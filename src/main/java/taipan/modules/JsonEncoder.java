package taipan.modules;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import taipan.interpreter.ThreadState;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.FloatFormat;
import taipan.runtime.ListSort;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyFloat;
import taipan.runtime.PyInt;
import taipan.runtime.PyList;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * {@code _json.make_encoder} (type {@code _json.Encoder}): made from (markers, default, encoder,
 * indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan), called as
 * {@code encoder(obj, current_indent_level)} it returns a one-item list holding the whole JSON
 * text, as CPython's C encoder does: None/True/False, str (through {@code encoder}, directly when
 * it is one of {@code _json}'s own quoting functions), int and float (their base type's repr;
 * Infinity/-Infinity/NaN unless allow_nan is false), list and tuple, dict (keys coerced or
 * skipped, optionally sorted), anything else through {@code default}. With {@code indent} a str,
 * output is indented as the pure-Python encoder does.
 *
 * <p>When markers is a dict, circular references are detected with an identity set of the
 * containers being encoded, instead of entries {@code id(obj)} in that dict (the dict starts
 * empty and ends empty either way).
 */
final class JsonEncoder extends PyObject {
    static final PyType TYPE = BuiltinTypes.builtin("Encoder", BuiltinTypes.OBJECT, null);

    private static boolean installed;

    final boolean checkCircular;
    final Object defaultFn;
    final Object encoder;
    /** 0: {@code encoder} is an arbitrary callable; 1: encode_basestring_ascii; 2: encode_basestring. */
    final int fastEncode;
    final String indent;
    final String keySeparator;
    final String itemSeparator;
    final boolean sortKeys;
    final boolean skipKeys;
    final boolean allowNan;

    private JsonEncoder(PyType type, Object[] a) {
        super(type);
        if (a[1] != Py.None && !(a[1] instanceof PyDict)) {
            throw Exceptions.typeError("make_encoder() argument 1 must be dict or None, not " + Py.typeOf(a[1]).name());
        }
        if (a[4] != Py.None && !(a[4] instanceof PyStr)) {
            throw Exceptions.typeError("make_encoder() argument 4 must be str or None, not " + Py.typeOf(a[4]).name());
        }
        for (int i = 5; i <= 6; i++) {
            if (!(a[i] instanceof PyStr)) {
                throw Exceptions.typeError("make_encoder() argument " + i + " must be str, not " + Py.typeOf(a[i]).name());
            }
        }
        checkCircular = a[1] != Py.None;
        defaultFn = a[2];
        encoder = a[3];
        fastEncode = encoder == JsonModule.ENCODE_BASESTRING_ASCII ? 1 : encoder == JsonModule.ENCODE_BASESTRING ? 2 : 0;
        indent = a[4] == Py.None ? null : ((PyStr) a[4]).value();
        keySeparator = ((PyStr) a[5]).value();
        itemSeparator = ((PyStr) a[6]).value();
        sortKeys = Ops.isTrue(a[7]);
        skipKeys = Ops.isTrue(a[8]);
        allowNan = Ops.isTrue(a[9]);
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PyType t = TYPE;
        t.define("__module__", PyStr.of("_json"));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("_json", "Encoder.__new__",
            "cls, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan",
            (s, a) -> new JsonEncoder((PyType) a[0], a))));
        MethodDescriptor.define(t, "__call__", "obj, _current_indent_level", (self, a) -> {
            long level = ((Number) Ops.intValue(Ops.index(a[1]))).longValue();
            Run run = new Run((JsonEncoder) self, (int) level);
            run.value(a[0]);
            return PyList.of(PyStr.of(run.out.toString()));
        });
    }

    /** One call of the encoder: the output and the containers being encoded. */
    private static final class Run {
        final JsonEncoder enc;
        final StringBuilder out = new StringBuilder();
        final IdentityHashMap<Object, Boolean> active;
        final int depthBase = ThreadState.current().depth;
        int depth;
        int indentLevel;

        Run(JsonEncoder enc, int indentLevel) {
            this.enc = enc;
            this.indentLevel = indentLevel;
            this.active = enc.checkCircular ? new IdentityHashMap<>() : null;
        }

        private void enter() {
            if (depthBase + ++depth > ThreadState.recursionLimit) {
                depth--;
                throw Exceptions.error(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object");
            }
        }

        private void mark(Object o) {
            if (active != null && active.put(o, Boolean.TRUE) != null) {
                throw Exceptions.valueError("Circular reference detected");
            }
        }

        private void unmark(Object o) {
            if (active != null) {
                active.remove(o);
            }
        }

        void value(Object o) {
            if (o == Py.None) {
                out.append("null");
            } else if (o instanceof Boolean b) {
                out.append(b ? "true" : "false");
            } else if (o instanceof PyStr s) {
                string(s);
            } else if (o instanceof Long || o instanceof BigInteger || o instanceof PyInt) {
                out.append(intText(o));
            } else if (o instanceof Double || o instanceof PyFloat) {
                out.append(floatText(o));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                enter();
                try {
                    list(o);
                } finally {
                    depth--;
                }
            } else if (o instanceof PyDict d) {
                enter();
                try {
                    dict(d);
                } finally {
                    depth--;
                }
            } else {
                mark(o);
                Object replacement = Ops.call(enc.defaultFn, o);
                enter();
                try {
                    value(replacement);
                } finally {
                    depth--;
                }
                unmark(o);
            }
        }

        private static String intText(Object o) {
            Object v = o instanceof PyInt p ? p.value : o;
            return v instanceof Long l ? Long.toString(l) : Ops.reprString(v);
        }

        private String floatText(Object o) {
            double d = o instanceof PyFloat f ? f.value : (Double) o;
            if (Double.isFinite(d)) {
                return FloatFormat.repr(d);
            }
            if (!enc.allowNan) {
                throw Exceptions.valueError("Out of range float values are not JSON compliant");
            }
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }

        private void string(PyStr s) {
            if (enc.fastEncode != 0) {
                out.append('"');
                JsonModule.appendQuoted(out, s.value(), enc.fastEncode == 1);
                out.append('"');
                return;
            }
            Object r = Ops.call(enc.encoder, s);
            if (!(r instanceof PyStr rs)) {
                throw Exceptions.typeError("encoder() must return a string, not " + Py.typeOf(r).name());
            }
            out.append(rs.value());
        }

        /** Starts a nested level: the newline and indent before the first item, or null without indent. */
        private String open() {
            if (enc.indent == null) {
                return null;
            }
            indentLevel++;
            String newlineIndent = "\n" + enc.indent.repeat(indentLevel);
            out.append(newlineIndent);
            return newlineIndent;
        }

        private void close(String newlineIndent) {
            if (newlineIndent != null) {
                indentLevel--;
                out.append('\n').append(enc.indent.repeat(indentLevel));
            }
        }

        private void list(Object seq) {
            Object[] items;
            int n;
            if (seq instanceof PyList l) {
                items = l.toArray();
                n = items.length;
            } else {
                items = ((PyTuple) seq).items;
                n = items.length;
            }
            if (n == 0) {
                out.append("[]");
                return;
            }
            mark(seq);
            out.append('[');
            String newlineIndent = open();
            String separator = newlineIndent == null ? enc.itemSeparator : enc.itemSeparator + newlineIndent;
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(separator);
                }
                value(items[i]);
            }
            close(newlineIndent);
            out.append(']');
            unmark(seq);
        }

        private void dict(PyDict d) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            mark(d);
            Object[] keys;
            Object[] values;
            if (d.type == BuiltinTypes.DICT && !enc.sortKeys) {
                keys = new Object[d.size()];
                values = new Object[d.size()];
                int k = 0;
                for (int i = 0; i < d.entryLimit() && k < keys.length; i++) {
                    Object key = d.keyAt(i);
                    if (key != null) {
                        keys[k] = key;
                        values[k++] = d.valueAt(i);
                    }
                }
            } else {
                PyList items = d.type == BuiltinTypes.DICT ? itemsOf(d) : new PyList(toArray(Ops.call(Ops.getAttr(d, "items"))));
                if (enc.sortKeys) {
                    ListSort.sort(items, Py.None, false);
                }
                keys = new Object[items.size];
                values = new Object[items.size];
                for (int i = 0; i < items.size; i++) {
                    Object item = items.get(i);
                    if (!(item instanceof PyTuple t) || t.items.length != 2) {
                        throw Exceptions.valueError("items must return tuples of 2");
                    }
                    keys[i] = t.items[0];
                    values[i] = t.items[1];
                }
            }
            out.append('{');
            String newlineIndent = open();
            String separator = newlineIndent == null ? enc.itemSeparator : enc.itemSeparator + newlineIndent;
            boolean first = true;
            for (int i = 0; i < keys.length; i++) {
                PyStr key = keyText(keys[i]);
                if (key == null) {
                    continue;
                }
                if (!first) {
                    out.append(separator);
                }
                first = false;
                string(key);
                out.append(enc.keySeparator);
                value(values[i]);
            }
            close(newlineIndent);
            out.append('}');
            unmark(d);
        }

        private static Object[] toArray(Object iterable) {
            PyList l = new PyList();
            Object it = Ops.iter(iterable);
            for (Object v; (v = Ops.next(it)) != null; ) {
                l.append(v);
            }
            return l.toArray();
        }

        private static PyList itemsOf(PyDict d) {
            PyList l = new PyList();
            for (int i = 0; i < d.entryLimit(); i++) {
                Object key = d.keyAt(i);
                if (key != null) {
                    l.append(PyTuple.of(key, d.valueAt(i)));
                }
            }
            return l;
        }

        /** A dict key as the str to quote, or null when it is skipped. */
        private PyStr keyText(Object key) {
            if (key instanceof PyStr str) {
                return str;
            }
            if (key instanceof Double || key instanceof PyFloat) {
                return PyStr.of(floatText(key));
            }
            if (key instanceof Boolean b && b) {
                return PyStr.of("true");
            }
            if (key instanceof Boolean) {
                return PyStr.of("false");
            }
            if (key == Py.None) {
                return PyStr.of("null");
            }
            if (key instanceof Long || key instanceof BigInteger || key instanceof PyInt) {
                return PyStr.of(intText(key));
            }
            if (enc.skipKeys) {
                return null;
            }
            throw Exceptions.typeError("keys must be str, int, float, bool or None, not " + Py.typeOf(key).name());
        }
    }
}
