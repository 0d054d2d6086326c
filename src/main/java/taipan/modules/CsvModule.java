package taipan.modules;

import java.util.List;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.CallArgs;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyComplex;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyIterator;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code _csv} module under {@code csv}: {@code Dialect} (validated, immutable formatting
 * parameters), {@code reader} (a state machine over the code points of each line the input
 * iterator yields, as CPython's parser), {@code writer} (quoting and escaping each field by the
 * dialect's rules, handing each record to the target's {@code write}), the dialect registry,
 * {@code field_size_limit}, the QUOTE_* constants and {@code Error}. The registry, the field
 * size limit and {@code Error} belong to one module instance, as CPython keeps them in the
 * module's state.
 */
public final class CsvModule {
    private CsvModule() {}

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    /** A dialect character that is not set (None). */
    static final int NOT_SET = -1;
    /** The end-of-line marker fed to the parser after each line. */
    private static final int EOL = -2;

    static final PyType DIALECT = BuiltinTypes.builtin("Dialect", BuiltinTypes.OBJECT, null);
    static final PyType READER = PyIterator.defineIteratorType("reader");
    static final PyType WRITER = BuiltinTypes.builtin("writer", BuiltinTypes.OBJECT, null);
    private static final String[] ATTRIBUTES = {"delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    private static boolean installed;

    /** What one module instance owns: its Error class, its dialect registry and its field size limit. */
    static final class State {
        final PyType error;
        final PyDict registry = new PyDict();
        long fieldLimit = 128 * 1024;

        State(PyType error) {
            this.error = error;
        }

        PyException error(String message) {
            return Exceptions.error(error, message);
        }

        Object lookup(Object name) {
            Object d = registry.get(name);
            if (d == null) {
                throw error("unknown dialect");
            }
            return d;
        }
    }

    /** {@code _csv.Dialect}. */
    static final class Dialect extends PyObject {
        int delimiter = ',';
        boolean doublequote = true;
        int escapechar = NOT_SET;
        String lineterminator = "\r\n";
        int quotechar = '"';
        int quoting = QUOTE_MINIMAL;
        boolean skipinitialspace;
        boolean strict;

        Dialect(PyType type) {
            super(type);
        }
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_csv");
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("_csv"));
        PyType error = (PyType) Ops.call(BuiltinTypes.TYPE, PyStr.of("Error"), PyTuple.of(Exceptions.EXCEPTION), ns);
        State state = new State(error);
        PyDict d = m.dict;
        d.put(PyStr.of("__version__"), PyStr.of("1.0"));
        d.put(PyStr.of("__doc__"), PyStr.of("CSV parsing and writing."));
        d.put(PyStr.of("QUOTE_MINIMAL"), (long) QUOTE_MINIMAL);
        d.put(PyStr.of("QUOTE_ALL"), (long) QUOTE_ALL);
        d.put(PyStr.of("QUOTE_NONNUMERIC"), (long) QUOTE_NONNUMERIC);
        d.put(PyStr.of("QUOTE_NONE"), (long) QUOTE_NONE);
        d.put(PyStr.of("Error"), error);
        d.put(PyStr.of("Dialect"), DIALECT);
        fn(d, "reader", "csvfile, dialect=?, /, **fmtparams", (s, a) -> {
            Object input = Ops.iter(a[0]);
            return new Reader(state, input, dialect(state, a[1], (PyDict) a[2]));
        });
        fn(d, "writer", "fileobj, dialect=?, /, **fmtparams", (s, a) -> {
            Object write = Ops.getAttrOrNull(a[0], "write");
            if (write == null || !taipan.builtins.BuiltinFunctions.isCallable(write)) {
                throw Exceptions.typeError("argument 1 must have a \"write\" method");
            }
            return new Writer(state, write, dialect(state, a[1], (PyDict) a[2]));
        });
        fn(d, "register_dialect", "name, dialect=?, /, **fmtparams", (s, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Exceptions.typeError("dialect name must be a string");
            }
            state.registry.put(a[0], dialect(state, a[1], (PyDict) a[2]));
            return Py.None;
        });
        fn(d, "unregister_dialect", "name, /", (s, a) -> {
            if (state.registry.remove(a[0]) == null) {
                throw state.error("unknown dialect");
            }
            return Py.None;
        });
        fn(d, "get_dialect", "name, /", (s, a) -> state.lookup(a[0]));
        fn(d, "list_dialects", "", (s, a) -> {
            PyList names = new PyList();
            for (int i = 0; i < state.registry.entryLimit(); i++) {
                if (state.registry.keyAt(i) != null) {
                    names.append(state.registry.keyAt(i));
                }
            }
            return names;
        });
        fn(d, "field_size_limit", "new_limit=?, /", (s, a) -> {
            long old = state.fieldLimit;
            if (a[0] != null) {
                if (!(a[0] instanceof Long) && !(a[0] instanceof java.math.BigInteger) && !(a[0] instanceof taipan.runtime.PyInt)
                        && !(a[0] instanceof Boolean)) {
                    throw Exceptions.typeError("limit must be an integer");
                }
                Object v = Ops.intValue(a[0]);
                if (!(v instanceof Long l)) {
                    throw Exceptions.overflowError("Python int too large to convert to C long");
                }
                state.fieldLimit = l;
            }
            return old;
        });
        latest = state;
        return m;
    }

    /**
     * The state of the most recently made module: {@code Dialect} is one type for all module
     * instances, and {@code Dialect('name')} looks the name up in that module's registry.
     */
    private static volatile State latest;

    private static void fn(PyDict d, String name, String spec, BuiltinFunction.Body body) {
        d.put(PyStr.of(name), BuiltinFunction.of("_csv", name, spec, body));
    }

    /** The dialect for a reader, writer or registration: {@code Dialect(dialect, **fmtparams)}. */
    private static Object dialect(State state, Object dialect, PyDict kwargs) {
        return newDialect(DIALECT, state, dialect, kwargs);
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PyType t = DIALECT;
        t.define("__module__", PyStr.of("_csv"));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("_csv", "Dialect.__new__",
            "cls, dialect=?, **kwargs", (s, a) -> {
                State state = latest;
                return newDialect((PyType) a[0], state, a[1], (PyDict) a[2]);
            })));
        GetSetDescriptor.define(t, "delimiter", self -> charOrNone(((Dialect) self).delimiter));
        GetSetDescriptor.define(t, "doublequote", self -> ((Dialect) self).doublequote);
        GetSetDescriptor.define(t, "escapechar", self -> charOrNone(((Dialect) self).escapechar));
        GetSetDescriptor.define(t, "lineterminator", self -> PyStr.of(((Dialect) self).lineterminator));
        GetSetDescriptor.define(t, "quotechar", self -> charOrNone(((Dialect) self).quotechar));
        GetSetDescriptor.define(t, "quoting", self -> (long) ((Dialect) self).quoting);
        GetSetDescriptor.define(t, "skipinitialspace", self -> ((Dialect) self).skipinitialspace);
        GetSetDescriptor.define(t, "strict", self -> ((Dialect) self).strict);
        installReader();
        installWriter();
    }

    private static Object charOrNone(int c) {
        return c == NOT_SET ? Py.None : PyStr.of(new String(Character.toChars(c)));
    }

    private static Object newDialect(PyType type, State state, Object dialect, PyDict kwargs) {
        Object named = kwargs.get(PyStr.of("dialect"));
        if (named != null) {
            if (dialect != null) {
                throw Exceptions.typeError("argument for function given by name ('dialect') and position (1)");
            }
            dialect = named;
            kwargs = kwargs.copy();
            kwargs.remove(PyStr.of("dialect"));
        }
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            Object k = kwargs.keyAt(i);
            if (k != null && !List.of(ATTRIBUTES).contains(((PyStr) k).value())) {
                throw Exceptions.typeError("'" + ((PyStr) k).value() + "' is an invalid keyword argument for this function");
            }
        }
        if (dialect instanceof PyStr) {
            dialect = state.lookup(dialect);
        }
        if (dialect instanceof Dialect existing && kwargs.size() == 0 && type == DIALECT) {
            return existing;
        }
        Object[] values = new Object[ATTRIBUTES.length];
        for (int i = 0; i < ATTRIBUTES.length; i++) {
            Object v = kwargs.get(PyStr.of(ATTRIBUTES[i]));
            if (v == null && dialect != null) {
                v = Ops.getAttrOrNull(dialect, ATTRIBUTES[i]);
            }
            values[i] = v;
        }
        Dialect d = new Dialect(type);
        d.delimiter = charParam("delimiter", values[0], ',', false);
        d.doublequote = values[1] == null || Ops.isTrue(values[1]);
        d.escapechar = charParam("escapechar", values[2], NOT_SET, true);
        if (values[3] != null) {
            if (!(values[3] instanceof PyStr lt)) {
                if (values[3] == Py.None) {
                    throw Exceptions.typeError("lineterminator must be set");
                }
                throw Exceptions.typeError("\"lineterminator\" must be a string");
            }
            d.lineterminator = lt.value();
        }
        d.quotechar = charParam("quotechar", values[4], '"', true);
        if (values[5] != null) {
            if (!(values[5] instanceof Long q)) {
                throw Exceptions.typeError("\"quoting\" must be an integer");
            }
            if (q < QUOTE_MINIMAL || q > QUOTE_NONE) {
                throw Exceptions.typeError("bad \"quoting\" value");
            }
            d.quoting = (int) (long) q;
        }
        d.skipinitialspace = values[6] != null && Ops.isTrue(values[6]);
        d.strict = values[7] != null && Ops.isTrue(values[7]);
        if (values[4] == Py.None && values[5] == null) {
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw Exceptions.typeError("quotechar must be set if quoting enabled");
        }
        return d;
    }

    private static int charParam(String name, Object v, int dflt, boolean noneAllowed) {
        if (v == null) {
            return dflt;
        }
        if (v == Py.None && noneAllowed) {
            return NOT_SET;
        }
        if (!(v instanceof PyStr s)) {
            throw Exceptions.typeError("\"" + name + "\" must be string" + (noneAllowed ? " or None" : "")
                + ", not " + Py.typeOf(v).name());
        }
        if (s.codePointLength() != 1) {
            throw Exceptions.typeError("\"" + name + "\" must be a 1-character string");
        }
        return s.value().codePointAt(0);
    }

    // ------------------------------------------------------------------ reader

    private enum ParseState {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    /** {@code _csv.reader}: yields the records of the lines its input iterator gives. */
    static final class Reader extends PyIterator {
        final State module;
        final Object input;
        final Dialect dialect;
        long lineNum;
        private PyList fields;
        private final StringBuilder field = new StringBuilder();
        private int fieldLen;
        private boolean numericField;
        private ParseState state = ParseState.START_RECORD;

        Reader(State module, Object input, Object dialect) {
            super(READER);
            this.module = module;
            this.input = input;
            this.dialect = (Dialect) dialect;
        }

        @Override
        public Object next() {
            fields = new PyList();
            field.setLength(0);
            fieldLen = 0;
            numericField = false;
            state = ParseState.START_RECORD;
            do {
                Object line = Ops.next(input);
                if (line == null) {
                    if (fieldLen != 0 || state == ParseState.IN_QUOTED_FIELD) {
                        if (dialect.strict) {
                            throw module.error("unexpected end of data");
                        }
                        saveField();
                        break;
                    }
                    return null;
                }
                if (!(line instanceof PyStr str)) {
                    throw module.error("iterator should return strings, not " + Py.typeOf(line).name()
                        + " (the file should be opened in text mode)");
                }
                lineNum++;
                String s = str.value();
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    process(c);
                    i += Character.charCount(c);
                }
                process(EOL);
            } while (state != ParseState.START_RECORD);
            PyList result = fields;
            fields = null;
            return result;
        }

        private void saveField() {
            Object value = PyStr.of(field.toString());
            field.setLength(0);
            fieldLen = 0;
            if (numericField) {
                numericField = false;
                value = Ops.call(BuiltinTypes.FLOAT, value);
            }
            fields.append(value);
        }

        private void addChar(int c) {
            if (fieldLen >= module.fieldLimit) {
                throw module.error("field larger than field limit (" + module.fieldLimit + ")");
            }
            field.appendCodePoint(c);
            fieldLen++;
        }

        private void endOfLineOr(int c) {
            saveField();
            state = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
        }

        private void process(int c) {
            Dialect d = dialect;
            switch (state) {
                case START_RECORD -> {
                    if (c == EOL) {
                        return;
                    }
                    if (c == '\n' || c == '\r') {
                        state = ParseState.EAT_CRNL;
                        return;
                    }
                    state = ParseState.START_FIELD;
                    startField(c);
                }
                case START_FIELD -> startField(c);
                case ESCAPED_CHAR -> {
                    if (c == '\n' || c == '\r') {
                        addChar(c);
                        state = ParseState.AFTER_ESCAPED_CRNL;
                        return;
                    }
                    addChar(c == EOL ? '\n' : c);
                    state = ParseState.IN_FIELD;
                }
                case AFTER_ESCAPED_CRNL -> {
                    if (c != EOL) {
                        inField(c);
                    }
                }
                case IN_FIELD -> inField(c);
                case IN_QUOTED_FIELD -> {
                    if (c == EOL) {
                        return;
                    }
                    if (c == d.escapechar) {
                        state = ParseState.ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                        state = d.doublequote ? ParseState.QUOTE_IN_QUOTED_FIELD : ParseState.IN_FIELD;
                    } else {
                        addChar(c);
                    }
                }
                case ESCAPE_IN_QUOTED_FIELD -> {
                    addChar(c == EOL ? '\n' : c);
                    state = ParseState.IN_QUOTED_FIELD;
                }
                case QUOTE_IN_QUOTED_FIELD -> {
                    if (d.quoting != QUOTE_NONE && c == d.quotechar) {
                        addChar(c);
                        state = ParseState.IN_QUOTED_FIELD;
                    } else if (c == d.delimiter) {
                        saveField();
                        state = ParseState.START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        endOfLineOr(c);
                    } else if (!d.strict) {
                        addChar(c);
                        state = ParseState.IN_FIELD;
                    } else {
                        throw module.error("'" + new String(Character.toChars(d.delimiter)) + "' expected after '"
                            + new String(Character.toChars(d.quotechar)) + "'");
                    }
                }
                case EAT_CRNL -> {
                    if (c == EOL) {
                        state = ParseState.START_RECORD;
                    } else if (c != '\n' && c != '\r') {
                        throw module.error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                    }
                }
            }
        }

        private void startField(int c) {
            Dialect d = dialect;
            if (c == '\n' || c == '\r' || c == EOL) {
                endOfLineOr(c);
            } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                state = ParseState.IN_QUOTED_FIELD;
            } else if (c == d.escapechar) {
                state = ParseState.ESCAPED_CHAR;
            } else if (c == ' ' && d.skipinitialspace) {
                return;
            } else if (c == d.delimiter) {
                saveField();
            } else {
                if (d.quoting == QUOTE_NONNUMERIC) {
                    numericField = true;
                }
                addChar(c);
                state = ParseState.IN_FIELD;
            }
        }

        private void inField(int c) {
            Dialect d = dialect;
            if (c == '\n' || c == '\r' || c == EOL) {
                endOfLineOr(c);
            } else if (c == d.escapechar) {
                state = ParseState.ESCAPED_CHAR;
            } else if (c == d.delimiter) {
                saveField();
                state = ParseState.START_FIELD;
            } else {
                addChar(c);
            }
        }
    }

    private static void installReader() {
        PyType t = READER;
        t.define("__module__", PyStr.of("_csv"));
        GetSetDescriptor.define(t, "line_num", self -> ((Reader) self).lineNum);
        GetSetDescriptor.define(t, "dialect", self -> ((Reader) self).dialect);
    }

    // ------------------------------------------------------------------ writer

    /** {@code _csv.writer}: formats records and passes each to the target's {@code write}. */
    static final class Writer extends PyObject {
        final State module;
        final Object write;
        final Dialect dialect;

        Writer(State module, Object write, Object dialect) {
            super(WRITER);
            this.module = module;
            this.write = write;
            this.dialect = (Dialect) dialect;
        }

        Object writeRow(Object row) {
            Object it;
            try {
                it = Ops.iter(row);
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(Exceptions.TYPE_ERROR)) {
                    throw module.error("iterable expected, not " + Py.typeOf(row).name());
                }
                throw e;
            }
            Dialect d = dialect;
            StringBuilder rec = new StringBuilder();
            int numFields = 0;
            for (Object field; (field = Ops.next(it)) != null; ) {
                boolean quoted = switch (d.quoting) {
                    case QUOTE_NONNUMERIC -> !isNumber(field);
                    case QUOTE_ALL -> true;
                    default -> false;
                };
                String text = field == Py.None ? "" : field instanceof PyStr s ? s.value() : Ops.strString(field);
                appendField(rec, numFields, text, quoted, false);
                numFields++;
            }
            if (numFields > 0 && rec.length() == 0) {
                if (d.quoting == QUOTE_NONE) {
                    throw module.error("single empty field record must be quoted");
                }
                appendField(rec, 0, "", true, true);
            }
            rec.append(d.lineterminator);
            return Ops.call(write, PyStr.of(rec.toString()));
        }

        private void appendField(StringBuilder rec, int index, String text, boolean quoted, boolean quoteEmpty) {
            Dialect d = dialect;
            if (index > 0) {
                rec.appendCodePoint(d.delimiter);
            }
            StringBuilder body = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                    boolean escape = false;
                    if (d.quoting == QUOTE_NONE) {
                        escape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                body.appendCodePoint(d.quotechar);
                            } else {
                                escape = true;
                            }
                        } else if (c == d.escapechar) {
                            escape = true;
                        }
                        if (!escape) {
                            quoted = true;
                        }
                    }
                    if (escape) {
                        if (d.escapechar == NOT_SET) {
                            throw module.error("need to escape, but no escapechar set");
                        }
                        body.appendCodePoint(d.escapechar);
                    }
                }
                body.appendCodePoint(c);
            }
            if (text.isEmpty() && quoteEmpty) {
                quoted = true;
            }
            if (quoted) {
                rec.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
            } else {
                rec.append(body);
            }
        }
    }

    /** CPython's PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted. */
    private static boolean isNumber(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof PyComplex) {
            return true;
        }
        PyType t = Py.typeOf(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    private static void installWriter() {
        PyType t = WRITER;
        t.define("__module__", PyStr.of("_csv"));
        GetSetDescriptor.define(t, "dialect", self -> ((Writer) self).dialect);
        MethodDescriptor.define(t, "writerow", "row, /", (self, a) -> ((Writer) self).writeRow(a[0]));
        MethodDescriptor.define(t, "writerows", "rows, /", (self, a) -> {
            Object it = Ops.iter(a[0]);
            for (Object row; (row = Ops.next(it)) != null; ) {
                ((Writer) self).writeRow(row);
            }
            return Py.None;
        });
    }
}
