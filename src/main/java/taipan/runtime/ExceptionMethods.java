package taipan.runtime;

import java.math.BigInteger;
import java.util.Map;

/**
 * The methods and attributes of the built-in exception classes, as CPython
 * 3.11 defines them: BaseException's construction ({@code args}), str and
 * repr, the chaining attributes ({@code __traceback__}, {@code __cause__},
 * {@code __context__}, {@code __suppress_context__}), {@code with_traceback}
 * and {@code add_note}; and the per-class constructors, attributes and str of
 * KeyError, StopIteration, SystemExit, ImportError, NameError, AttributeError,
 * OSError (with the errno to subclass mapping), SyntaxError and the Unicode
 * errors. Exception groups are in {@link ExceptionGroups}.
 *
 * <p>Contract: class-specific fields (errno, filename, msg, ...) live in
 * {@link PyBaseException#fields}, outside {@code __dict__} as in CPython, and
 * are read through getset descriptors that give None when unset. A field not
 * in the map is looked up among the instance attributes, where factories
 * that predate the map ({@link Exceptions#noAttribute}) put name and obj.
 */
public final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        installBaseException();
        installSimpleClasses();
        installOSError();
        installSyntaxError();
        installUnicodeErrors();
        ExceptionGroups.install();
    }

    /**
     * The exception {@code type(*args)}, ready to throw. Unlike the factories in
     * {@link Exceptions} this runs the constructor, so the class-specific
     * fields are set and OSError picks its errno subclass:
     * {@code throw ExceptionMethods.create(Exceptions.OS_ERROR, 2L, PyStr.of("No such file or directory"), name)}.
     */
    public static PyException create(PyType type, Object... args) {
        return new PyException((PyBaseException) Ops.call(type, args));
    }

    // ---- helpers --------------------------------------------------------------

    /** Defines {@code __new__} on {@code t} as a static method named {@code T.__new__}. */
    static void defineNew(PyType t, String spec, BuiltinFunction.Body body) {
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", t.name() + ".__new__", spec, body)));
    }

    /** A field of an exception (see the class comment), or null when unset. */
    public static Object field(Object self, String name) {
        PyBaseException e = (PyBaseException) self;
        Object v = e.fields == null ? null : e.fields.get(name);
        return v != null ? v : Attributes.getInstanceAttribute(e, name);
    }

    /** Sets a field of an exception; null unsets it (true when it was set). */
    public static boolean setField(Object self, String name, Object value) {
        PyBaseException e = (PyBaseException) self;
        if (value == null) {
            boolean had = e.fields != null && e.fields.remove(name) != null;
            return Attributes.deleteInstanceAttribute(e, name) || had;
        }
        if (e.fields == null) {
            e.fields = new java.util.HashMap<>(4);
        }
        e.fields.put(name, value);
        return true;
    }

    /** A writable attribute backed by the stored field, None when unset. */
    private static void defineField(PyType t, String name) {
        GetSetDescriptor.define(t, name, self -> {
            Object v = field(self, name);
            return v == null ? Py.None : v;
        }, (self, v) -> setField(self, name, v));
    }

    /** CPython's "T() takes no keyword arguments" check of BaseException.__init__. */
    static void noKeywords(Object self, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Exceptions.typeError(Py.typeOf(self).name() + "() takes no keyword arguments");
        }
    }

    private static PyBaseException exc(Object self) {
        return (PyBaseException) self;
    }

    /** {@code tuple(value)} for the args setter. */
    private static PyTuple toTuple(Object value) {
        if (value instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            return t;
        }
        if (value instanceof PyList l) {
            return PyTuple.of(l.toArray());
        }
        if (value instanceof PyTuple t) {
            return PyTuple.of(t.items.clone());
        }
        PyList out = new PyList();
        Object it = Ops.iter(value);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.append(x);
        }
        return PyTuple.of(out.toArray());
    }

    /** {@code BaseException.__str__}: '' for no args, str(arg) for one, str(args) otherwise. */
    static PyStr baseStr(PyBaseException e) {
        return switch (e.args.items.length) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Ops.str(e.args.items[0]);
            default -> Ops.str(e.args);
        };
    }

    /** The args as an exact tuple. */
    private static PyTuple plainTuple(PyTuple args) {
        return args.type == BuiltinTypes.TUPLE ? args : PyTuple.of(args.items.clone());
    }

    /** Stores keyword-only fields named in {@code allowed}, with CPython's error for other names. */
    private static void keywordFields(Object self, PyDict kwargs, String owner, String... allowed) {
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            Object k = kwargs.keyAt(i);
            if (k != null && !java.util.Arrays.asList(allowed).contains(((PyStr) k).value())) {
                throw Exceptions.typeError("'" + ((PyStr) k).value() + "' is an invalid keyword argument for " + owner
                    + "()");
            }
        }
        for (String a : allowed) {
            setField(self, a, null);                                // __init__ resets what it is not given
        }
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            Object k = kwargs.keyAt(i);
            if (k == null) {
                continue;
            }
            setField(self, ((PyStr) k).value(), kwargs.valueAt(i));
        }
    }

    // ---- BaseException --------------------------------------------------------

    private static void installBaseException() {
        PyType b = Exceptions.BASE_EXCEPTION;
        defineNew(b, "cls, *args, **kwargs", (s, a) -> newException(a[0], (PyTuple) a[1]));
        MethodDescriptor.define(b, "__init__", "*args, **kwargs", (self, a) -> {
            noKeywords(self, (PyDict) a[1]);
            exc(self).args = plainTuple((PyTuple) a[0]);
            return Py.None;
        });
        MethodDescriptor.define(b, "__str__", "", (self, a) -> baseStr(exc(self)));
        MethodDescriptor.define(b, "__repr__", "", (self, a) -> {
            PyBaseException e = exc(self);
            String name = e.type.name();
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? name : name.substring(dot + 1);
            if (e.args.items.length == 1) {
                return PyStr.of(name + "(" + Ops.reprString(e.args.items[0]) + ")");
            }
            return PyStr.of(name + Ops.reprString(e.args));
        });
        GetSetDescriptor.define(b, "args", self -> exc(self).args, (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("args may not be deleted");
            }
            exc(self).args = toTuple(v);
        });
        GetSetDescriptor.define(b, "__traceback__", self -> {
            PyTraceback tb = exc(self).traceback;
            return tb == null ? Py.None : tb;
        }, (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("__traceback__ may not be deleted");
            }
            setTraceback(exc(self), v);
        });
        GetSetDescriptor.define(b, "__cause__", self -> {
            PyBaseException c = exc(self).cause;
            return c == null ? Py.None : c;
        }, (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("__cause__ may not be deleted");
            }
            if (v != Py.None && !(v instanceof PyBaseException)) {
                throw Exceptions.typeError("exception cause must be None or derive from BaseException");
            }
            exc(self).cause = v == Py.None ? null : (PyBaseException) v;
            exc(self).suppressContext = true;
        });
        GetSetDescriptor.define(b, "__context__", self -> {
            PyBaseException c = exc(self).context;
            return c == null ? Py.None : c;
        }, (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("__context__ may not be deleted");
            }
            if (v != Py.None && !(v instanceof PyBaseException)) {
                throw Exceptions.typeError("exception context must be None or derive from BaseException");
            }
            exc(self).context = v == Py.None ? null : (PyBaseException) v;
        });
        GetSetDescriptor.define(b, "__suppress_context__", self -> Py.bool(exc(self).suppressContext), (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("can't delete numeric/char attribute");
            }
            if (!(v instanceof Boolean flag)) {
                throw Exceptions.typeError("attribute value type must be bool");
            }
            exc(self).suppressContext = flag;
        });
        MethodDescriptor.define(b, "__reduce__", "", (self, a) -> reduce(exc(self), exc(self).args, instanceDict(self)));
        MethodDescriptor.define(b, "__setstate__", "state, /", (self, a) -> {
            if (a[0] != Py.None) {
                if (!(a[0] instanceof PyDict state)) {
                    throw Exceptions.typeError("state is not a dictionary");
                }
                for (int i = 0; i < state.entryLimit(); i++) {
                    if (state.keyAt(i) != null) {
                        Ops.setAttr(self, ObjectMethods.attrName(state.keyAt(i)), state.valueAt(i));
                    }
                }
            }
            return Py.None;
        });
        MethodDescriptor.define(b, "with_traceback", "tb, /", (self, a) -> {
            setTraceback(exc(self), a[0]);
            return self;
        });
        MethodDescriptor.define(b, "add_note", "note, /", (self, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Exceptions.typeError("note must be a str, not '" + Py.typeOf(a[0]).name() + "'");
            }
            Object notes = Ops.getAttrOrNull(self, "__notes__");
            if (notes == null) {
                notes = new PyList();
                Ops.setAttr(self, "__notes__", notes);
            }
            if (!(notes instanceof PyList list)) {
                throw Exceptions.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(a[0]);
            return Py.None;
        });
    }

    /** The instance {@code __dict__} when the exception has one (attributes were set or it was asked for), else null. */
    private static PyDict instanceDict(Object self) {
        PyObject p = (PyObject) self;
        return p.shape == null ? null : Attributes.dictOf(p);
    }

    /** {@code (type(e), args)} or {@code (type(e), args, state)} as __reduce__ returns. */
    private static PyTuple reduce(PyBaseException e, PyTuple args, PyDict state) {
        return state == null ? PyTuple.of(e.type, args) : PyTuple.of(e.type, args, state);
    }

    /** {@code BaseException.__new__(cls, *args)}: an instance of cls with those args. */
    static Object newException(Object cls, PyTuple args) {
        if (!(cls instanceof PyType t)) {
            throw Exceptions.typeError("BaseException.__new__(X): X is not a type object (" + Py.typeOf(cls).name() + ")");
        }
        if (!t.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
            throw Exceptions.typeError("BaseException.__new__(" + t.name() + "): " + t.name()
                + " is not a subtype of BaseException");
        }
        PyBaseException e = (PyBaseException) t.factory.create(t);
        e.args = plainTuple(args);
        return e;
    }

    private static void setTraceback(PyBaseException e, Object tb) {
        if (tb == Py.None) {
            e.traceback = null;
        } else if (tb instanceof PyTraceback t) {
            e.traceback = t;
        } else {
            throw Exceptions.typeError("__traceback__ must be a traceback or None");
        }
    }

    // ---- KeyError, StopIteration, SystemExit, ImportError, NameError, AttributeError

    private static void installSimpleClasses() {
        MethodDescriptor.define(Exceptions.KEY_ERROR, "__str__", "", (self, a) -> {
            PyTuple args = exc(self).args;
            return args.items.length == 1 ? Ops.repr(args.items[0]) : baseStr(exc(self));
        });

        MethodDescriptor.define(Exceptions.STOP_ITERATION, "__init__", "*args, **kwargs", (self, a) -> {
            PyTuple args = initArgs(self, a);
            setField(self, "value", args.items.length > 0 ? args.items[0] : Py.None);
            return Py.None;
        });
        GetSetDescriptor.define(Exceptions.STOP_ITERATION, "value", self -> {
            Object v = field(self, "value");
            PyTuple args = exc(self).args;
            return v != null ? v : args.items.length > 0 ? args.items[0] : Py.None;
        }, (self, v) -> setField(self, "value", v == null ? Py.None : v));

        MethodDescriptor.define(Exceptions.SYSTEM_EXIT, "__init__", "*args, **kwargs", (self, a) -> {
            PyTuple args = initArgs(self, a);
            setField(self, "code", systemExitCode(args));
            return Py.None;
        });
        GetSetDescriptor.define(Exceptions.SYSTEM_EXIT, "code", self -> {
            Object v = field(self, "code");
            return v != null ? v : systemExitCode(exc(self).args);
        }, (self, v) -> setField(self, "code", v == null ? Py.None : v));

        PyType ie = Exceptions.IMPORT_ERROR;
        MethodDescriptor.define(ie, "__init__", "*args, **kwargs", (self, a) -> {
            keywordFields(self, (PyDict) a[1], "ImportError", "name", "path");
            PyTuple args = plainTuple((PyTuple) a[0]);
            exc(self).args = args;
            setField(self, "msg", args.items.length == 1 ? args.items[0] : Py.None);
            return Py.None;
        });
        for (String f : new String[] {"msg", "name", "path"}) {
            defineField(ie, f);
        }
        MethodDescriptor.define(ie, "__reduce__", "", (self, a) -> {
            Object name = field(self, "name");
            Object path = field(self, "path");
            PyDict state = instanceDict(self);
            if (name != null && name != Py.None || path != null && path != Py.None) {
                state = state == null ? new PyDict() : state.copy();
                if (name != null && name != Py.None) {
                    state.put(PyStr.of("name"), name);
                }
                if (path != null && path != Py.None) {
                    state.put(PyStr.of("path"), path);
                }
            }
            return reduce(exc(self), exc(self).args, state);
        });
        MethodDescriptor.define(ie, "__str__", "", (self, a) -> {
            Object msg = field(self, "msg");
            return msg instanceof PyStr s && s.type == BuiltinTypes.STR ? s : baseStr(exc(self));
        });

        MethodDescriptor.define(Exceptions.NAME_ERROR, "__init__", "*args, **kwargs", (self, a) -> {
            keywordFields(self, (PyDict) a[1], "NameError", "name");
            exc(self).args = plainTuple((PyTuple) a[0]);
            return Py.None;
        });
        defineField(Exceptions.NAME_ERROR, "name");

        MethodDescriptor.define(Exceptions.ATTRIBUTE_ERROR, "__init__", "*args, **kwargs", (self, a) -> {
            keywordFields(self, (PyDict) a[1], "AttributeError", "name", "obj");
            exc(self).args = plainTuple((PyTuple) a[0]);
            return Py.None;
        });
        defineField(Exceptions.ATTRIBUTE_ERROR, "name");
        defineField(Exceptions.ATTRIBUTE_ERROR, "obj");
    }

    /** BaseException.__init__'s work for the classes that then read their args: the args, checked. */
    private static PyTuple initArgs(Object self, Object[] a) {
        noKeywords(self, (PyDict) a[1]);
        PyTuple args = plainTuple((PyTuple) a[0]);
        exc(self).args = args;
        return args;
    }

    private static Object systemExitCode(PyTuple args) {
        return switch (args.items.length) {
            case 0 -> Py.None;
            case 1 -> args.items[0];
            default -> args;
        };
    }

    // ---- OSError ----------------------------------------------------------------

    private static final Map<Long, PyType> ERRNO_CLASSES = Map.ofEntries(
        Map.entry(11L, Exceptions.BLOCKING_IO_ERROR), Map.entry(114L, Exceptions.BLOCKING_IO_ERROR),
        Map.entry(115L, Exceptions.BLOCKING_IO_ERROR), Map.entry(10L, Exceptions.CHILD_PROCESS_ERROR),
        Map.entry(32L, Exceptions.BROKEN_PIPE_ERROR), Map.entry(108L, Exceptions.BROKEN_PIPE_ERROR),
        Map.entry(103L, Exceptions.CONNECTION_ABORTED_ERROR), Map.entry(111L, Exceptions.CONNECTION_REFUSED_ERROR),
        Map.entry(104L, Exceptions.CONNECTION_RESET_ERROR), Map.entry(17L, Exceptions.FILE_EXISTS_ERROR),
        Map.entry(2L, Exceptions.FILE_NOT_FOUND_ERROR), Map.entry(21L, Exceptions.IS_A_DIRECTORY_ERROR),
        Map.entry(20L, Exceptions.NOT_A_DIRECTORY_ERROR), Map.entry(4L, Exceptions.INTERRUPTED_ERROR),
        Map.entry(13L, Exceptions.PERMISSION_ERROR), Map.entry(1L, Exceptions.PERMISSION_ERROR),
        Map.entry(3L, Exceptions.PROCESS_LOOKUP_ERROR), Map.entry(110L, Exceptions.TIMEOUT_ERROR));

    /** The OSError subclass CPython picks for {@code OSError(errno, ...)} on Linux, or null. */
    public static PyType errnoClass(long errno) {
        return ERRNO_CLASSES.get(errno);
    }

    private static void installOSError() {
        PyType os = Exceptions.OS_ERROR;
        defineNew(os, "cls, *args, **kwargs", (s, a) -> {
            if (!(a[0] instanceof PyType t) || !t.isSubtypeOf(os)) {
                return newException(a[0], (PyTuple) a[1]);
            }
            PyTuple args = (PyTuple) a[1];
            if (usesInit(t)) {
                return newException(t, args);
            }
            if (((PyDict) a[2]).size() > 0) {
                throw Exceptions.typeError(t.name() + "() takes no keyword arguments");
            }
            if (t == os && args.items.length >= 2 && args.items.length <= 5 && Ops.isInt(args.items[0])
                && Ops.intValue(args.items[0]) instanceof Long errno && errnoClass(errno) != null) {
                t = errnoClass(errno);
            }
            PyBaseException e = (PyBaseException) newException(t, args);
            initOSError(e, args);
            return e;
        });
        MethodDescriptor.define(os, "__init__", "*args, **kwargs", (self, a) -> {
            if (usesInit(Py.typeOf(self))) {
                noKeywords(self, (PyDict) a[1]);
                initOSError(exc(self), plainTuple((PyTuple) a[0]));
            }
            return Py.None;
        });
        for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) {
            defineField(os, f);
        }
        GetSetDescriptor.define(os, "characters_written", self -> {
            Object v = field(self, "characters_written");
            if (v == null) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "characters_written");
            }
            return v;
        }, (self, v) -> {
            if (!setField(self, "characters_written", v == null ? null : Ops.index(v))) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "characters_written");
            }
        });
        MethodDescriptor.define(os, "__reduce__", "", (self, a) -> {
            PyTuple args = exc(self).args;
            Object filename = field(self, "filename");
            Object filename2 = field(self, "filename2");
            if (args.items.length == 2 && filename != null && filename != Py.None) {
                args = filename2 != null && filename2 != Py.None
                    ? PyTuple.of(args.items[0], args.items[1], filename, Py.None, filename2)
                    : PyTuple.of(args.items[0], args.items[1], filename);
            }
            return reduce(exc(self), args, instanceDict(self));
        });
        MethodDescriptor.define(os, "__str__", "", (self, a) -> {
            Object errno = field(self, "errno");
            Object strerror = field(self, "strerror");
            Object filename = field(self, "filename");
            Object filename2 = field(self, "filename2");
            String head = "[Errno " + Ops.strString(errno == null ? Py.None : errno) + "] "
                + Ops.strString(strerror == null ? Py.None : strerror);
            if (filename != null && filename != Py.None) {
                if (filename2 != null && filename2 != Py.None) {
                    return PyStr.of(head + ": " + Ops.reprString(filename) + " -> " + Ops.reprString(filename2));
                }
                return PyStr.of(head + ": " + Ops.reprString(filename));
            }
            if (errno != null && strerror != null) {
                return PyStr.of(head);
            }
            return baseStr(exc(self));
        });
    }

    /** CPython's oserror_use_init: a subclass overriding __init__ but not __new__ parses its args in __init__. */
    private static boolean usesInit(PyType t) {
        PyType os = Exceptions.OS_ERROR;
        return t.lookup("__init__") != os.ownMember("__init__") && t.lookup("__new__") == os.ownMember("__new__");
    }

    private static void initOSError(PyBaseException e, PyTuple args) {
        e.args = args;
        int n = args.items.length;
        if (n < 2 || n > 5) {
            return;
        }
        Object filename = n >= 3 ? args.items[2] : null;
        Object filename2 = n == 5 ? args.items[4] : null;
        if (filename != null && filename != Py.None) {
            if (e.type == Exceptions.BLOCKING_IO_ERROR && (Ops.isInt(filename) || filename instanceof Double)) {
                setField(e, "characters_written", Ops.index(filename));
            } else {
                setField(e, "filename", filename);
                if (filename2 != null && filename2 != Py.None) {
                    setField(e, "filename2", filename2);
                }
                e.args = PyTuple.of(args.items[0], args.items[1]);
            }
        }
        setField(e, "errno", args.items[0]);
        setField(e, "strerror", args.items[1]);
    }

    // ---- SyntaxError -------------------------------------------------------------

    private static final String[] SYNTAX_FIELDS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    private static void installSyntaxError() {
        PyType se = Exceptions.SYNTAX_ERROR;
        MethodDescriptor.define(se, "__init__", "*args, **kwargs", (self, a) -> {
            PyTuple args = initArgs(self, a);
            if (args.items.length >= 1) {
                setField(self, "msg", args.items[0]);
            }
            if (args.items.length == 2) {
                PyTuple info = toTuple(args.items[1]);
                int n = info.items.length;
                if (n < 4) {
                    throw Exceptions.typeError("function takes at least 4 arguments (" + n + " given)");
                }
                if (n > 6) {
                    throw Exceptions.typeError("function takes at most 6 arguments (" + n + " given)");
                }
                if (n == 5) {
                    throw Exceptions.typeError("end_offset must be provided when end_lineno is provided");
                }
                for (int i = 0; i < n; i++) {
                    setField(self, SYNTAX_FIELDS[i], info.items[i]);
                }
            }
            return Py.None;
        });
        defineField(se, "msg");
        for (String f : SYNTAX_FIELDS) {
            defineField(se, f);
        }
        defineField(se, "print_file_and_line");
        MethodDescriptor.define(se, "__str__", "", (self, a) -> {
            Object msg = field(self, "msg");
            String m = Ops.strString(msg == null ? Py.None : msg);
            String filename = null;
            if (field(self, "filename") instanceof PyStr f) {
                String full = f.value();
                filename = full.substring(full.lastIndexOf('/') + 1);
            }
            Object lineno = field(self, "lineno");
            boolean haveLineno = lineno instanceof Long || lineno instanceof BigInteger;
            if (filename != null && haveLineno) {
                return PyStr.of(m + " (" + filename + ", line " + lineno + ")");
            }
            if (filename != null) {
                return PyStr.of(m + " (" + filename + ")");
            }
            if (haveLineno) {
                return PyStr.of(m + " (line " + lineno + ")");
            }
            return PyStr.of(m);
        });
    }

    // ---- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ---------------

    private static void installUnicodeErrors() {
        MethodDescriptor.define(Exceptions.UNICODE_ENCODE_ERROR, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] v = unicodeArgs(initArgs(self, a), "UUnnU");
            storeUnicodeFields(self, v[0], v[1], v[2], v[3], v[4]);
            return Py.None;
        });
        MethodDescriptor.define(Exceptions.UNICODE_DECODE_ERROR, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] v = unicodeArgs(initArgs(self, a), "UOnnU");
            storeUnicodeFields(self, v[0], bytesLike(v[1]), v[2], v[3], v[4]);
            return Py.None;
        });
        MethodDescriptor.define(Exceptions.UNICODE_TRANSLATE_ERROR, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] v = unicodeArgs(initArgs(self, a), "UnnU");
            storeUnicodeFields(self, null, v[0], v[1], v[2], v[3]);
            return Py.None;
        });
        for (String f : new String[] {"encoding", "object", "start", "end", "reason"}) {
            defineField(Exceptions.UNICODE_ERROR, f);
        }
        MethodDescriptor.define(Exceptions.UNICODE_ENCODE_ERROR, "__str__", "",
            (self, a) -> unicodeStr(self, "'%s' codec can't encode ", true));
        MethodDescriptor.define(Exceptions.UNICODE_DECODE_ERROR, "__str__", "",
            (self, a) -> unicodeStr(self, "'%s' codec can't decode ", false));
        MethodDescriptor.define(Exceptions.UNICODE_TRANSLATE_ERROR, "__str__", "",
            (self, a) -> unicodeStr(self, "can't translate ", true));
    }

    private static void storeUnicodeFields(Object self, Object encoding, Object object, Object start, Object end,
                                           Object reason) {
        if (encoding != null) {
            setField(self, "encoding", encoding);
        }
        setField(self, "object", object);
        setField(self, "start", start);
        setField(self, "end", end);
        setField(self, "reason", reason);
    }

    /** PyArg_ParseTuple with the codes U (str), O (any) and n (index) and its messages. */
    private static Object[] unicodeArgs(PyTuple args, String format) {
        int n = format.length();
        if (args.items.length != n) {
            throw Exceptions.typeError("function takes exactly " + n + " arguments (" + args.items.length + " given)");
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = args.items[i];
            switch (format.charAt(i)) {
                case 'U' -> {
                    if (!(v instanceof PyStr)) {
                        throw Exceptions.typeError("argument " + (i + 1) + " must be str, not " + Py.typeOf(v).name());
                    }
                    out[i] = v;
                }
                case 'n' -> {
                    if (!(Ops.index(v) instanceof Long size)) {
                        throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
                    }
                    out[i] = size;
                }
                default -> out[i] = v;
            }
        }
        return out;
    }

    private static PyBytes bytesLike(Object v) {
        if (v instanceof PyBytes b) {
            return b.type == BuiltinTypes.BYTES ? b : new PyBytes(b.bytes);
        }
        if (v instanceof PyByteArray ba) {
            return new PyBytes(java.util.Arrays.copyOf(ba.bytes, ba.size));
        }
        throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(v).name() + "'");
    }

    private static PyStr unicodeStr(Object self, String headFormat, boolean characters) {
        Object object = field(self, "object");
        if (object == null) {
            return PyStr.EMPTY;
        }
        Object encoding = field(self, "encoding");
        String head = headFormat.contains("%s")
            ? headFormat.replace("%s", Ops.strString(encoding == null ? Py.None : encoding)) : headFormat;
        String reason = Ops.strString(field(self, "reason") == null ? Py.None : field(self, "reason"));
        long start = Ops.isInt(field(self, "start")) ? ((Number) Ops.intValue(field(self, "start"))).longValue() : 0;
        long end = Ops.isInt(field(self, "end")) ? ((Number) Ops.intValue(field(self, "end"))).longValue() : 0;
        long length = object instanceof PyStr s ? s.codePointLength() : object instanceof PyBytes b ? b.bytes.length : 0;
        if (start >= 0 && start < length && end == start + 1) {
            if (characters) {
                int ch = ((PyStr) object).codePointAt((int) start);
                String esc = ch <= 0xff ? String.format("\\x%02x", ch)
                    : ch <= 0xffff ? String.format("\\u%04x", ch) : String.format("\\U%08x", ch);
                return PyStr.of(head + "character '" + esc + "' in position " + start + ": " + reason);
            }
            int b = ((PyBytes) object).bytes[(int) start] & 0xff;
            return PyStr.of(head + String.format("byte 0x%02x", b) + " in position " + start + ": " + reason);
        }
        return PyStr.of(head + (characters ? "characters" : "bytes") + " in position " + start + "-" + (end - 1)
            + ": " + reason);
    }
}
