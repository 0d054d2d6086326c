package taipan.interpreter;

import java.nio.charset.StandardCharsets;
import taipan.bytecode.CodeObject;
import taipan.compiler.Compiler;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.CallArgs;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.TypeCalls;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The built-in functions that need the interpreter: {@code __build_class__},
 * {@code exec}, {@code eval}, {@code compile}, {@code globals}, {@code locals},
 * {@code vars()}/{@code dir()} without arguments, {@code __import__}, and
 * {@code exit}/{@code quit}. The others live in {@code taipan.builtins}.
 */
final class Builtins {
    private Builtins() {}

    static void installInto(PyDict b) {
        taipan.modules.MemoryView.installInto(b);
        b.put(PyStr.of("open"), taipan.modules.io.IoModule.OPEN);
        put(b, BuiltinFunction.of("builtins", "__build_class__", "func, name, /, *bases, **kwds", (s, a) -> buildClass(a)));
        put(b, BuiltinFunction.of("builtins", "exec", "source, globals=None, locals=None, /, *, closure=None", (s, a) -> {
            run(a[0], a[1], a[2], Compiler.Mode.EXEC, "exec", a[3]);
            return Py.None;
        }));
        put(b, BuiltinFunction.of("builtins", "eval", "source, globals=None, locals=None, /",
            (s, a) -> run(a[0], a[1], a[2], Compiler.Mode.EVAL, "eval", Py.None)));
        put(b, BuiltinFunction.of("builtins", "breakpoint", "*args, **kws", (s, a) -> {
            Object hook = Sys.get("breakpointhook");
            if (hook == null) {
                throw Exceptions.error(Exceptions.RUNTIME_ERROR, "lost sys.breakpointhook");
            }
            return taipan.runtime.CallArgs.call(hook, ((taipan.runtime.PyTuple) a[0]).items, (PyDict) a[1]);
        }));
        put(b, BuiltinFunction.of("builtins", "compile",
            "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1",
            (s, a) -> compileBuiltin(a)));
        put(b, BuiltinFunction.of("builtins", "globals", "", (s, a) -> callerFrame().globals));
        put(b, BuiltinFunction.of("builtins", "locals", "", (s, a) -> locals(callerFrame())));
        Object vars = b.get(PyStr.of("vars"));
        put(b, BuiltinFunction.of("builtins", "vars", "object=?, /", (s, a) ->
            a[0] == null ? locals(callerFrame()) : Ops.call(vars, a[0])));
        Object dir = b.get(PyStr.of("dir"));
        put(b, BuiltinFunction.of("builtins", "dir", "object=?, /", (s, a) -> {
            if (a[0] != null) {
                return Ops.call(dir, a[0]);
            }
            Object keys = Ops.call(Ops.getAttr(locals(callerFrame()), "keys"));
            PyList l = (PyList) Ops.call(BuiltinTypes.LIST, keys);
            Ops.callSpecial(l, "sort");
            return l;
        }));
        put(b, BuiltinFunction.of("builtins", "__import__", "name, globals=None, locals=None, fromlist=(), level=0",
            (s, a) -> {
                if (!(a[0] instanceof PyStr name)) {
                    throw Exceptions.typeError("__import__() argument 1 must be str, not " + Py.typeOf(a[0]).name());
                }
                PyDict globals = a[1] instanceof PyDict g ? g : new PyDict();
                Object fromlist = a[3] instanceof PyTuple || a[3] instanceof PyList ? a[3] : Py.None;
                return Imports.importModule(name.value(), globals, fromlist, Ops.indexAsInt(a[4]));
            }));
        for (String name : new String[] {"exit", "quit"}) {
            put(b, BuiltinFunction.of("builtins", name, "code=None, /", (s, a) -> {
                throw new PyException(new PyBaseException(taipan.runtime.Exceptions.SYSTEM_EXIT,
                    a[0] == Py.None ? PyTuple.EMPTY : PyTuple.of(a[0])));
            }));
        }
        b.put(PyStr.of("super"), PySuper.TYPE);
    }

    private static void put(PyDict b, BuiltinFunction f) {
        b.put(PyStr.of(f.name), f);
    }

    /** The innermost Python frame (the caller of a built-in). */
    static Frame callerFrame() {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw Exceptions.systemError("no current frame");
        }
        return f;
    }

    /** {@code locals()} of a frame: its mapping, or a snapshot dict of an optimized frame's variables. */
    static Object locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = f.localsSnapshot;
        if (d == null) {
            d = new PyDict();
            f.localsSnapshot = d;
        }
        CodeObject c = f.code;
        for (int i = 0; i < c.varnames.length; i++) {
            if (f.fast[i] != null) {
                d.put(PyStr.of(c.varnames[i]), f.fast[i]);
            } else {
                d.remove(PyStr.of(c.varnames[i]));
            }
        }
        int base = c.varnames.length;
        for (int i = 0; i < c.cellvars.length + c.freevars.length; i++) {
            Object cell = f.fast[base + i];
            if (cell instanceof PyCell pc && pc.value != null) {
                d.put(PyStr.of(c.cellName(i)), pc.value);
            } else {
                d.remove(PyStr.of(c.cellName(i)));
            }
        }
        return d;
    }

    private static Object buildClass(Object[] a) {
        if (!(a[0] instanceof PyFunction body)) {
            throw Exceptions.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr name)) {
            throw Exceptions.typeError("__build_class__: name is not a string");
        }
        Object[] origBases = ((PyTuple) a[2]).items;
        PyDict kwds = ((PyDict) a[3]).copy();
        Object[] bases = resolveMroEntries(origBases);
        Object meta = kwds.remove(PyStr.of("metaclass"));
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? BuiltinTypes.TYPE : Py.typeOf(bases[0]);
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeCalls.calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        Object ns;
        Object prepare = Ops.getAttrOrNull(meta, "__prepare__");
        if (prepare != null) {
            ns = CallArgs.call(prepare, new Object[] {name, basesTuple}, kwds);
        } else {
            ns = new PyDict();
        }
        if (Py.typeOf(ns).lookup("__getitem__") == null) {
            throw Exceptions.typeError((meta instanceof PyType mt ? mt.name() : "<metaclass>")
                + ".__prepare__() must return a mapping, not " + Py.typeOf(ns).name());
        }
        Frame f = new Frame(body.code, body.globals, body.builtins, ns, null);
        PyFunction.setupCells(f, body);
        Object cell = Interpreter.execute(f);
        if (origBases != bases) {
            Ops.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        Object cls = CallArgs.call(meta, new Object[] {name, basesTuple, ns}, kwds);
        if (cell instanceof PyCell c && cls instanceof PyType) {
            if (c.value != cls) {
                if (c.value == null) {
                    throw Exceptions.runtimeError("__class__ not set defining '" + name.value() + "' as "
                        + Ops.reprString(cls) + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Exceptions.typeError("__class__ set to " + Ops.reprString(c.value) + " defining '"
                    + name.value() + "' as " + Ops.reprString(cls));
            }
        }
        return cls;
    }

    private static Object[] resolveMroEntries(Object[] bases) {
        Object[] out = null;
        java.util.List<Object> list = new java.util.ArrayList<>();
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            if (!(b instanceof PyType)) {
                Object entries = Ops.getAttrOrNull(b, "__mro_entries__");
                if (entries != null) {
                    Object r = Ops.call(entries, PyTuple.of(bases));
                    if (!(r instanceof PyTuple t)) {
                        throw Exceptions.typeError("__mro_entries__ must return a tuple");
                    }
                    java.util.Collections.addAll(list, t.items);
                    out = bases;
                    continue;
                }
            }
            list.add(b);
        }
        return out == null ? bases : list.toArray();
    }

    private static Object run(Object source, Object globals, Object locals, Compiler.Mode mode, String fname,
                              Object closure) {
        Frame caller = callerFrame();
        PyDict g;
        if (globals == Py.None) {
            g = caller.globals;
            if (locals == Py.None) {
                locals = caller.locals != null ? caller.locals : Builtins.locals(caller);
            }
        } else if (globals instanceof PyDict d) {
            g = d;
        } else {
            throw Exceptions.typeError(fname + "() globals must be a dict, not " + Py.typeOf(globals).name());
        }
        if (locals == Py.None) {
            locals = g;
        } else if (Py.typeOf(locals).lookup("__getitem__") == null) {
            throw Exceptions.typeError("locals must be a mapping");
        }
        if (g.get(PyStr.of("__builtins__")) == null) {
            g.put(PyStr.of("__builtins__"), PythonRuntime.current().builtinsModule);
        }
        CodeObject code;
        if (source instanceof CodeObject c) {
            code = c;
        } else {
            code = compileSource(source, "<string>", mode, fname);
        }
        Frame f = new Frame(code, g, builtinsOf(g), locals, null);
        setClosure(f, closure);
        return Interpreter.execute(f);
    }

    /** exec's {@code closure=}: the cells for the code's free variables. */
    private static void setClosure(Frame f, Object closure) {
        CodeObject c = f.code;
        int nfree = c.freevars.length;
        if (closure == Py.None) {
            if (nfree > 0) {
                throw Exceptions.typeError("code object requires a closure of exactly length " + nfree);
            }
            return;
        }
        if (nfree == 0) {
            throw Exceptions.typeError("cannot use a closure with this code object");
        }
        if (!(closure instanceof taipan.runtime.PyTuple t)) {
            throw Exceptions.typeError("closure must be a tuple of cells");
        }
        if (t.items.length != nfree) {
            throw Exceptions.typeError("code object requires a closure of exactly length " + nfree);
        }
        int base = c.varnames.length + c.cellvars.length;
        for (int i = 0; i < nfree; i++) {
            if (!(t.items[i] instanceof taipan.runtime.PyCell)) {
                throw Exceptions.typeError("closure can only contain cells");
            }
            f.fast[base + i] = t.items[i];
        }
        for (int i = 0; i < c.cellvars.length; i++) {
            f.fast[c.varnames.length + i] = new taipan.runtime.PyCell(null);
        }
    }

    /** The builtins namespace code running with globals {@code g} sees: its {@code __builtins__} (module or dict). */
    static PyDict builtinsOf(PyDict g) {
        Object b = g.get(PyStr.of("__builtins__"));
        if (b instanceof taipan.runtime.PyModule m) {
            return m.dict;
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return PythonRuntime.current().builtins;
    }

    private static CodeObject compileSource(Object source, String filename, Compiler.Mode mode, String fname) {
        SourceFile sf = sourceFile(source, filename, mode, fname);
        try {
            return Compiler.compile(sf, filename, mode);
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** The source of exec/eval/compile; eval() drops leading blanks as CPython's eval does. */
    private static SourceFile sourceFile(Object source, String filename, Compiler.Mode mode, String fname) {
        try {
            return CompileWarnings.attach(unwarnedSourceFile(source, filename, mode, fname));
        } catch (PythonSyntaxError e) {
            // The source's encoding set-up failed (unknown codec, undecodable text).
            throw SyntaxErrors.toPython(e);
        }
    }

    private static SourceFile unwarnedSourceFile(Object source, String filename, Compiler.Mode mode, String fname) {
        if (source instanceof PyStr s) {
            String text = s.value();
            if (fname.equals("eval")) {
                text = text.replaceFirst("^[ \t]+", "");
            }
            if (text.indexOf('\0') >= 0) {
                throw nullBytes();
            }
            return SourceFile.fromString(text, filename, mode != Compiler.Mode.EVAL);
        } else if (source instanceof PyBytes || source instanceof PyByteArray
                || Py.typeOf(source) == taipan.modules.MemoryView.TYPE) {
            byte[] raw = source instanceof PyBytes pb ? pb.bytes
                : source instanceof PyByteArray ba ? java.util.Arrays.copyOf(ba.bytes, ba.size)
                : ((PyBytes) Ops.call(BuiltinTypes.BYTES, source)).bytes;
            if (fname.equals("eval")) {
                int blanks = 0;
                while (blanks < raw.length && (raw[blanks] == ' ' || raw[blanks] == '\t')) blanks++;
                raw = java.util.Arrays.copyOfRange(raw, blanks, raw.length);
            }
            for (byte b : raw) {
                if (b == 0) {
                    throw nullBytes();
                }
            }
            return SourceFile.fromBytes(raw, filename, mode != Compiler.Mode.EVAL);
        }
        throw Exceptions.typeError(fname + "() arg 1 must be a string, bytes or "
            + (fname.equals("compile") ? "AST" : "code") + " object");
    }

    /**
     * compile(): source to a code object, or with PyCF_ONLY_AST to a tree of
     * {@code _ast} objects; a tree of {@code _ast} objects is compiled (after
     * CPython's checks) or, with PyCF_ONLY_AST, returned as it is.
     */
    private static Object compileBuiltin(Object[] a) {
        String filename = compileFilename(a[1]);
        if (!(a[2] instanceof PyStr)) {
            throw Exceptions.typeError("compile() argument 'mode' must be str, not " + Py.typeOf(a[2]).name());
        }
        long flags = (Long) Ops.index(a[3]);
        Ops.index(a[4]);
        boolean onlyAst = (flags & taipan.modules.ast.AstModule.PY_CF_ONLY_AST) != 0;
        boolean typeComments = (flags & taipan.modules.ast.AstModule.PY_CF_TYPE_COMMENTS) != 0;
        long optimize = (Long) Ops.index(a[5]);
        if (optimize < -1 || optimize > 2) {
            throw Exceptions.valueError("compile(): invalid optimize value");
        }
        String modeName = ((PyStr) a[2]).value();
        if (modeName.equals("func_type")) {
            if (!onlyAst) throw Exceptions.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            if (taipan.modules.ast.AstModule.isAst(a[0])) return a[0];
            SourceFile sf = sourceFile(a[0], filename, Compiler.Mode.EVAL, "compile");
            try {
                return taipan.modules.ast.AstModule.toPython(taipan.parser.Parser.parseFunctionType(sf));
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPython(e);
            }
        }
        Compiler.Mode mode = switch (modeName) {
            case "exec" -> Compiler.Mode.EXEC;
            case "eval" -> Compiler.Mode.EVAL;
            case "single" -> Compiler.Mode.SINGLE;
            default -> throw Exceptions.valueError(onlyAst
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        };
        if (taipan.modules.ast.AstModule.isAst(a[0])) {
            if (onlyAst) {
                return a[0];
            }
            taipan.ast.Mod tree = taipan.modules.ast.AstModule.toCompilable(a[0], mode);
            try {
                return Compiler.compile(tree, CompileWarnings.attach(SourceFile.fromString("", filename, false)), filename,
                    mode);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPython(e);
            }
        }
        if (!onlyAst && !typeComments) {
            return compileSource(a[0], filename, mode, "compile");
        }
        SourceFile sf = sourceFile(a[0], filename, mode, "compile");
        try {
            taipan.ast.Mod tree = switch (mode) {
                case EXEC -> taipan.parser.Parser.parseModule(sf, typeComments);
                case EVAL -> taipan.parser.Parser.parseExpression(sf, typeComments);
                case SINGLE -> taipan.parser.Parser.parseInteractive(sf, typeComments);
            };
            return onlyAst ? taipan.modules.ast.AstModule.toPython(tree) : Compiler.compile(tree, sf, filename, mode);
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** SyntaxError "source code string cannot contain null bytes", made by calling the class so msg is set. */
    private static PyException nullBytes() {
        return new PyException((PyBaseException) Ops.call(Exceptions.SYNTAX_ERROR,
            PyStr.of("source code string cannot contain null bytes")));
    }

    /** compile()'s filename: str, bytes (UTF-8) or an os.PathLike giving one of them. */
    private static String compileFilename(Object f) {
        Object v = f;
        if (!(v instanceof PyStr) && !(v instanceof PyBytes)) {
            Object fspath = Ops.getAttrOrNull(Py.typeOf(f), "__fspath__");
            if (fspath == null) {
                throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Py.typeOf(f).name());
            }
            v = Ops.call(fspath, f);
            if (!(v instanceof PyStr) && !(v instanceof PyBytes)) {
                throw Exceptions.typeError("expected " + Py.typeOf(f).name() + ".__fspath__() to return str or bytes, not "
                    + Py.typeOf(v).name());
            }
        }
        return v instanceof PyBytes b ? new String(b.bytes, StandardCharsets.UTF_8) : ((PyStr) v).value();
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
