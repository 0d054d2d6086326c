package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.Attributes;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.Identity;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyList;
import taipan.runtime.PyMethod;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTraceback;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.SlotDescriptor;
import taipan.runtime.StaticMethod;

/**
 * The Python-visible attributes of the interpreter's objects: functions
 * ({@code __name__}, {@code __defaults__}, {@code __code__}, {@code __closure__},
 * ...), bound methods, code objects, frames, tracebacks, cells and modules;
 * plus the generator types and {@code super}.
 */
final class InterpreterTypes {
    private InterpreterTypes() {}

    private static boolean installed;

    static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        installFunction();
        installMethod();
        installCode();
        installFrame();
        installModule();
        Generators.install();
        PySuper.install();
    }

    private static String hex(Object o) {
        return String.format("0x%012x", Identity.id(o));
    }

    private static void installFunction() {
        PyType t = BuiltinTypes.FUNCTION;
        MethodDescriptor.define(t, "__repr__", "", (self, a) ->
            PyStr.of("<function " + ((PyFunction) self).qualname + " at " + hex(self) + ">"));
        MethodDescriptor.define(t, "__get__", "obj, type=None, /", (self, a) ->
            a[0] == Py.None ? self : new PyMethod(self, a[0]));
        defineCall(t);
        defineCall(BuiltinTypes.METHOD);
        GetSetDescriptor.define(t, "__name__", self -> ((PyFunction) self).nameObject(), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Exceptions.typeError("__name__ must be set to a string object");
            }
            ((PyFunction) self).setName(s);
        });
        GetSetDescriptor.define(t, "__qualname__", self -> ((PyFunction) self).qualnameObject(), (self, v) -> {
            if (!(v instanceof PyStr s)) {
                throw Exceptions.typeError("__qualname__ must be set to a string object");
            }
            ((PyFunction) self).setQualname(s);
        });
        GetSetDescriptor.define(t, "__doc__", self -> ((PyFunction) self).doc, (self, v) -> ((PyFunction) self).doc = v == null ? Py.None : v);
        GetSetDescriptor.define(t, "__module__", self -> ((PyFunction) self).module, (self, v) -> ((PyFunction) self).module = v == null ? Py.None : v);
        GetSetDescriptor.define(t, "__code__", self -> ((PyFunction) self).code, (self, v) -> {
            if (!(v instanceof CodeObject c)) {
                throw Exceptions.typeError("__code__ must be set to a code object");
            }
            ((PyFunction) self).code = c;
        });
        SlotDescriptor.defineReadonly(t, "__globals__", self -> ((PyFunction) self).globals);
        SlotDescriptor.defineReadonly(t, "__builtins__", self -> ((PyFunction) self).builtins);
        GetSetDescriptor.define(t, "__defaults__", self -> ((PyFunction) self).defaultsTuple(), (self, v) -> {
            if (v == null || v == Py.None) {
                ((PyFunction) self).defaults = null;
            } else if (v instanceof PyTuple tup) {
                ((PyFunction) self).defaults = tup.items;
            } else {
                throw Exceptions.typeError("__defaults__ must be set to a tuple object");
            }
        });
        GetSetDescriptor.define(t, "__kwdefaults__", self -> {
            PyDict d = ((PyFunction) self).kwdefaults;
            return d == null ? Py.None : d;
        }, (self, v) -> ((PyFunction) self).kwdefaults = v instanceof PyDict d ? d : null);
        SlotDescriptor.defineReadonly(t, "__closure__", self -> {
            PyCell[] c = ((PyFunction) self).closure;
            return c == null ? Py.None : PyTuple.of((Object[]) c);
        });
        GetSetDescriptor.define(t, "__annotations__", self -> {
            PyFunction f = (PyFunction) self;
            if (f.annotations == null || f.annotations == Py.None) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (self, v) -> ((PyFunction) self).annotations = v);
        GetSetDescriptor.define(t, "__dict__", self -> Attributes.dictOf((PyFunction) self), (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + Py.typeOf(v).name() + "'");
            }
            Attributes.setDict((PyFunction) self, d);
        });
    }

    /** {@code f.__call__(*args, **kwargs)}: what calling {@code f} does. */
    static void defineCall(PyType t) {
        MethodDescriptor.define(t, "__call__", "*args, **kwargs", (self, a) ->
            taipan.runtime.CallArgs.call(self, ((taipan.runtime.PyTuple) a[0]).items, (PyDict) a[1]));
    }

    private static void installMethod() {
        PyType t = BuiltinTypes.METHOD;
        GetSetDescriptor.define(t, "__func__", self -> ((PyMethod) self).function);
        GetSetDescriptor.define(t, "__self__", self -> ((PyMethod) self).self);
        GetSetDescriptor.define(t, "__doc__", self -> Ops.getAttr(((PyMethod) self).function, "__doc__"));
        MethodDescriptor.define(t, "__reduce__", "", (self, a) -> {
            PyMethod m = (PyMethod) self;
            return PyTuple.of(Ops.getAttr(PythonRuntime.importModule("builtins"), "getattr"), PyTuple.of(m.self, Ops.getAttr(m.function, "__name__")));
        });
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "method.__new__", "cls, *args", (s, a) -> {
                Object[] args = ((PyTuple) a[1]).items;
                if (args.length != 2) {
                    throw Exceptions.typeError("method expected 2 arguments, got " + args.length);
                }
                if (!taipan.builtins.BuiltinFunctions.isCallable(args[0])) {
                    throw Exceptions.typeError("first argument must be callable");
                }
                if (args[1] == Py.None) {
                    throw Exceptions.typeError("instance must not be None");
                }
                return new PyMethod(args[0], args[1]);
            })));
        BuiltinTypes.CELL.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "cell.__new__", "cls, contents=?, /", (s, a) -> new PyCell(a[1]))));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyMethod m = (PyMethod) self;
            Object name = Ops.getAttrOrNull(m.function, "__qualname__");
            return PyStr.of("<bound method " + (name instanceof PyStr s ? s.value() : "?") + " of "
                + Ops.reprString(m.self) + ">");
        });
        MethodDescriptor.define(t, "__eq__", "other, /", (self, a) -> {
            if (!(a[0] instanceof PyMethod o)) {
                return Py.NotImplemented;
            }
            PyMethod m = (PyMethod) self;
            return Py.bool(m.function == o.function && m.self == o.self);
        });
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> {
            PyMethod m = (PyMethod) self;
            return Ops.hash(m.function) ^ Identity.id(m.self);
        });
        MethodDescriptor.define(t, "__getattribute__", "name, /", (self, a) -> {
            String name = ((PyStr) a[0]).value();
            Object v = Ops.genericGetAttr(self, name, BuiltinTypes.METHOD);
            if (v == null) {
                v = Ops.getAttrOrNull(((PyMethod) self).function, name);
            }
            if (v == null) {
                throw Exceptions.noAttribute(self, name);
            }
            return v;
        });
        BuiltinTypes.CELL.define("cell_contents", new GetSetDescriptor(BuiltinTypes.CELL, "cell_contents", self -> {
            Object v = ((PyCell) self).value;
            if (v == null) {
                throw Exceptions.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> ((PyCell) self).value = v));
    }

    private static void installCode() {
        PyType t = BuiltinTypes.CODE;
        GetSetDescriptor.define(t, "co_name", self -> PyStr.of(((CodeObject) self).name));
        GetSetDescriptor.define(t, "co_qualname", self -> PyStr.of(((CodeObject) self).qualname));
        GetSetDescriptor.define(t, "co_filename", self -> PyStr.of(((CodeObject) self).filename));
        GetSetDescriptor.define(t, "co_firstlineno", self -> (long) ((CodeObject) self).firstlineno);
        GetSetDescriptor.define(t, "co_argcount", self -> (long) ((CodeObject) self).argcount);
        GetSetDescriptor.define(t, "co_posonlyargcount", self -> (long) ((CodeObject) self).posonlyargcount);
        GetSetDescriptor.define(t, "co_kwonlyargcount", self -> (long) ((CodeObject) self).kwonlyargcount);
        GetSetDescriptor.define(t, "co_flags", self -> (long) ((CodeObject) self).flags);
        GetSetDescriptor.define(t, "co_varnames", self -> names(((CodeObject) self).varnames));
        GetSetDescriptor.define(t, "co_cellvars", self -> names(((CodeObject) self).cellvars));
        GetSetDescriptor.define(t, "co_freevars", self -> names(((CodeObject) self).freevars));
        GetSetDescriptor.define(t, "co_names", self -> names(((CodeObject) self).names));
        GetSetDescriptor.define(t, "co_consts", self -> PyTuple.of(((CodeObject) self).consts.clone()));
        GetSetDescriptor.define(t, "co_nlocals", self -> (long) ((CodeObject) self).varnames.length);
        GetSetDescriptor.define(t, "co_stacksize", self -> (long) ((CodeObject) self).maxStack);
        MethodDescriptor.define(t, "co_positions", "", (self, a) -> Ops.iter(positions((CodeObject) self)));
        MethodDescriptor.define(t, "co_lines", "", (self, a) -> Ops.iter(lineRanges((CodeObject) self)));
        MethodDescriptor.define(t, "replace", "*, co_name=?, co_qualname=?, co_filename=?, co_firstlineno=?, "
            + "co_flags=?, co_consts=?, co_names=?, **others", (self, a) -> replaceCode((CodeObject) self, a));
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            CodeObject c = (CodeObject) self;
            return PyStr.of("<code object " + c.name + " at " + hex(c) + ", file \"" + c.filename + "\", line "
                + c.firstlineno + ">");
        });
    }

    /**
     * {@code co_positions()}: (line, end line, column, end column) per instruction, None where
     * unknown. Instruction {@code i} is at byte offset {@code 2 * i} ({@code tb_lasti},
     * {@code f_lasti}), so traceback's lookups by offset find it.
     */
    private static PyList positions(CodeObject c) {
        int n = c.code.length;
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            int at = i * CodeObject.POSITION_SIZE;
            Object[] p = new Object[4];
            for (int k = 0; k < 4; k++) {
                int v = c.positions[at + k];
                p[k] = v < 0 ? Py.None : (Object) (long) v;
            }
            out[i] = PyTuple.of(p);
        }
        return new PyList(out);
    }

    /** {@code co_lines()}: (start, end, line) byte ranges of consecutive instructions on one line. */
    private static PyList lineRanges(CodeObject c) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        int n = c.code.length;
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || c.lineOf(i) != c.lineOf(start)) {
                int line = c.lineOf(start);
                out.add(PyTuple.of((long) start * 2, (long) i * 2, line < 0 ? Py.None : (Object) (long) line));
                start = i;
            }
        }
        return new PyList(out.toArray());
    }

    /**
     * {@code code.replace()}: a copy with new names, filename, first line, flags, constants or
     * names (the same number of each, since the instructions refer to them by index). Fields
     * that would need new instructions are refused, because Taipan's bytecode is its own.
     */
    private static CodeObject replaceCode(CodeObject c, Object[] a) {
        PyDict others = (PyDict) a[7];
        if (others.size() > 0) {
            throw Exceptions.valueError("code.replace(): Taipan cannot change "
                + Ops.reprString(others.keyAt(0)) + " (its bytecode is not CPython's)");
        }
        Object[] consts = c.consts;
        if (a[5] != null) {
            if (!(a[5] instanceof PyTuple t) || t.items.length != consts.length) {
                throw Exceptions.valueError("code.replace(): co_consts must be a tuple of the same length");
            }
            consts = t.items.clone();
        }
        String[] names = c.names;
        if (a[6] != null) {
            if (!(a[6] instanceof PyTuple t) || t.items.length != names.length) {
                throw Exceptions.valueError("code.replace(): co_names must be a tuple of the same length");
            }
            names = new String[t.items.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = ((PyStr) t.items[i]).value();
            }
        }
        return new CodeObject(a[0] == null ? c.name : ((PyStr) a[0]).value(),
            a[1] == null ? c.qualname : ((PyStr) a[1]).value(), a[2] == null ? c.filename : ((PyStr) a[2]).value(),
            a[3] == null ? c.firstlineno : Ops.indexAsInt(a[3]), c.argcount, c.posonlyargcount, c.kwonlyargcount,
            a[4] == null ? c.flags : Ops.indexAsInt(a[4]), c.varnames, c.cellvars, c.freevars, c.cell2arg, names,
            consts, c.code, c.exceptionTable, c.positions, c.maxStack);
    }

    private static PyTuple names(String[] names) {
        Object[] items = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(items);
    }

    private static void installFrame() {
        PyType t = BuiltinTypes.FRAME;
        GetSetDescriptor.define(t, "f_code", self -> ((Frame) self).code);
        GetSetDescriptor.define(t, "f_globals", self -> ((Frame) self).globals);
        GetSetDescriptor.define(t, "f_builtins", self -> ((Frame) self).builtins);
        GetSetDescriptor.define(t, "f_locals", self -> Builtins.locals((Frame) self));
        GetSetDescriptor.define(t, "f_lineno", self -> (long) ((Frame) self).lineno());
        GetSetDescriptor.define(t, "f_lasti", self -> (long) Math.max(0, ((Frame) self).lasti) * 2);
        MethodDescriptor.define(t, "clear", "", (self, a) -> {
            Frame f = (Frame) self;
            for (Frame running = ThreadState.current().frame; running != null; running = running.back) {
                if (running == f) {
                    throw Exceptions.error(Exceptions.RUNTIME_ERROR, "cannot clear an executing frame");
                }
            }
            if (!f.yielded) {
                java.util.Arrays.fill(f.fast, 0, f.code.localsPlusSize(), null);
            }
            return Py.None;
        });
        GetSetDescriptor.define(t, "f_back", self -> {
            Frame b = ((Frame) self).back;
            return b == null ? Py.None : b;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            Frame f = (Frame) self;
            return PyStr.of("<frame at " + hex(f) + ", file '" + f.code.filename + "', line " + f.lineno()
                + ", code " + f.code.name + ">");
        });
        PyType tb = BuiltinTypes.TRACEBACK;
        GetSetDescriptor.define(tb, "tb_frame", self -> ((PyTraceback) self).frame);
        GetSetDescriptor.define(tb, "tb_lineno", self -> (long) ((PyTraceback) self).lineno);
        GetSetDescriptor.define(tb, "tb_lasti", self -> ((PyTraceback) self).lastiOffset);
        GetSetDescriptor.define(tb, "tb_next", self -> {
            PyTraceback n = ((PyTraceback) self).next;
            return n == null ? Py.None : n;
        }, (self, v) -> {
            if (v == null) {
                throw Exceptions.typeError("can't delete tb_next attribute");
            }
            if (v != Py.None && !(v instanceof PyTraceback)) {
                throw Exceptions.typeError("expected traceback object, got '" + Py.typeOf(v).name() + "'");
            }
            for (PyTraceback c = v == Py.None ? null : (PyTraceback) v; c != null; c = c.next) {
                if (c == self) {
                    throw Exceptions.valueError("traceback loop detected");
                }
            }
            ((PyTraceback) self).next = v == Py.None ? null : (PyTraceback) v;
        });
        tb.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD, BuiltinFunction.of("builtins",
            "TracebackType", "cls, tb_next, tb_frame, tb_lasti, tb_lineno", (s, a) -> {
                if (a[1] != Py.None && !(a[1] instanceof PyTraceback)) {
                    throw Exceptions.typeError("expected traceback object or None, got '" + Py.typeOf(a[1]).name() + "'");
                }
                if (!(a[2] instanceof Frame frame)) {
                    throw Exceptions.typeError("TracebackType() argument 'tb_frame' must be frame, not "
                        + Py.typeOf(a[2]).name());
                }
                long lasti = Ops.indexAsInt(a[3]);
                int lineno = Ops.indexAsInt(a[4]);
                return new PyTraceback(frame, lasti, lineno, a[1] == Py.None ? null : (PyTraceback) a[1]);
            })));
    }

    private static void installModule() {
        PyType t = BuiltinTypes.MODULE;
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "module.__new__", "cls, *args, **kwargs", (s, a) -> new PyModule((PyType) a[0]))));
        MethodDescriptor.define(t, "__init__", "name, doc=None", (self, a) -> {
            PyModule m = (PyModule) self;
            m.dict.put(PyStr.of("__name__"), a[0]);
            m.dict.put(PyStr.of("__doc__"), a[1]);
            for (String key : new String[] {"__package__", "__loader__", "__spec__"}) {
                if (m.dict.get(PyStr.of(key)) == null) {
                    m.dict.put(PyStr.of(key), Py.None);
                }
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PyModule m = (PyModule) self;
            ImportlibBridge bridge = ImportlibBridge.current();
            if (bridge != null) {
                return bridge.moduleRepr(m);
            }
            Object file = m.dict.get(PyStr.of("__file__"));
            if (file instanceof PyStr f) {
                return PyStr.of("<module '" + m.name() + "' from '" + f.value() + "'>");
            }
            Object spec = m.dict.get(PyStr.of("__spec__"));
            Object origin = spec == null || spec == Py.None ? null : Ops.getAttrOrNull(spec, "origin");
            if (origin instanceof PyStr o) {
                return PyStr.of("<module '" + m.name() + "' (" + o.value() + ")>");
            }
            if (JavaModules.isJavaModule(m.name()) || m.name().equals("sys") || m.name().equals("builtins")) {
                return PyStr.of("<module '" + m.name() + "' (built-in)>");
            }
            Object loader = m.dict.get(PyStr.of("__loader__"));
            if (loader != null && loader != Py.None) {
                return PyStr.of("<module '" + m.name() + "' (" + Ops.reprString(loader) + ")>");
            }
            return PyStr.of("<module '" + m.name() + "'>");
        });
        GetSetDescriptor.define(t, "__dict__", self -> ((PyModule) self).dict);
        // module.__annotations__ lives in the module's dict, made empty on first read
        GetSetDescriptor.define(t, "__annotations__", self -> {
            PyDict d = ((PyModule) self).dict;
            Object v = d.get(PyStr.of("__annotations__"));
            if (v == null) {
                v = new PyDict();
                d.put(PyStr.of("__annotations__"), v);
            }
            return v;
        }, (self, v) -> {
            PyDict d = ((PyModule) self).dict;
            if (v != null) {
                d.put(PyStr.of("__annotations__"), v);
            } else if (d.remove(PyStr.of("__annotations__")) == null) {
                throw Exceptions.error(Exceptions.ATTRIBUTE_ERROR, "__annotations__");
            }
        });
    }
}
