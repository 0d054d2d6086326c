package taipan.interpreter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import taipan.compiler.Compiler;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.source.PythonSyntaxError;
import taipan.source.SourceFile;

/**
 * The import system: {@code import a.b.c}, {@code from . import x}, relative
 * imports, packages ({@code __init__.py}), modules written in Java, and
 * {@code sys.modules} / {@code sys.path}, with CPython's ImportError messages.
 *
 * <p>Contract: a module is put into {@code sys.modules} before its code runs
 * (so circular imports see the partial module) and removed again if that code
 * raises. Modules written in Java come first; then source modules are searched
 * on {@code sys.path} (or the package's {@code __path__}) as
 * {@code name/__init__.py}, then {@code name.py}; a directory without
 * {@code __init__.py} makes a namespace package. Once a program imports
 * {@code importlib}, {@link ImportlibBridge} gives modules importlib's specs
 * and loaders, and finders a program adds to {@code sys.meta_path} or
 * {@code sys.path_hooks} take part in every import.
 */
final class Imports {
    private Imports() {}

    static int importName(Frame f, Object[] stack, int sp, String name) {
        Object fromlist = stack[sp - 1];
        int level = (int) (long) (Long) stack[sp - 2];
        Object m = importModule(name, f.globals, fromlist, level);
        stack[--sp] = null;
        stack[sp - 1] = m;
        return sp;
    }

    /** {@code __import__(name, globals, None, fromlist, level)}. */
    static Object importModule(String name, PyDict globals, Object fromlist, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw Exceptions.valueError("Empty module name");
        }
        Object leaf = importDotted(absolute);
        boolean hasFromlist = fromlist != Py.None && fromlist != null && Ops.isTrue(fromlist);
        if (!hasFromlist) {
            if (level > 0 && name.isEmpty()) {
                return leaf;
            }
            String first = level > 0 ? absolute.substring(0, absolute.length() - name.length()) + name.split("\\.")[0]
                : absolute.split("\\.")[0];
            return Sys.modules().get(PyStr.of(first));
        }
        if (Ops.getAttrOrNull(leaf, "__path__") != null) {
            Object it = Ops.iter(fromlist);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                String sub = ((PyStr) x).value();
                if (!sub.equals("*") && Ops.getAttrOrNull(leaf, sub) == null) {
                    String full = absolute + "." + sub;
                    try {
                        importDotted(full);
                    } catch (PyException e) {
                        // only a missing submodule of that very name is ignored, as in CPython's _handle_fromlist
                        if (!e.matches(Exceptions.MODULE_NOT_FOUND_ERROR)
                            || !(Ops.getAttrOrNull(e.value, "name") instanceof PyStr n && n.value().equals(full))) {
                            throw e;
                        }
                    }
                }
            }
        }
        return leaf;
    }

    private static String resolveRelative(String name, PyDict globals, int level) {
        Object pkg = globals.get(PyStr.of("__package__"));
        String base;
        if (pkg instanceof PyStr s) {
            base = s.value();
        } else {
            Object modName = globals.get(PyStr.of("__name__"));
            if (!(modName instanceof PyStr mn)) {
                throw Exceptions.error(Exceptions.KEY_ERROR, "'__name__' not in globals");
            }
            base = mn.value();
            if (globals.get(PyStr.of("__path__")) == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw Exceptions.error(Exceptions.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Exceptions.error(Exceptions.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports every prefix of a dotted name; returns the last module. */
    static Object importDotted(String absolute) {
        String[] parts = absolute.split("\\.");
        Object parent = null;
        String sofar = "";
        for (String part : parts) {
            sofar = sofar.isEmpty() ? part : sofar + "." + part;
            Object existing = Sys.modules().get(PyStr.of(sofar));
            if (existing == Py.None) {
                throw notFound(sofar, "import of " + sofar + " halted; None in sys.modules");
            }
            if (existing != null) {
                parent = existing;
                continue;
            }
            Object m = load(sofar, part, parent);
            if (parent != null) {
                Ops.setAttr(parent, part, m);
            }
            if (sofar.equals("importlib")) {
                ImportlibBridge.install();
            }
            parent = m;
        }
        return parent;
    }

    private static Object load(String fullname, String part, Object parent) {
        ImportlibBridge bridge = ImportlibBridge.current();
        if (bridge != null && !bridge.hasDefaultFinders()) {
            return bridge.findAndLoad(fullname, parent == null ? Py.None : Ops.getAttrOrNull(parent, "__path__"));
        }
        PyModule javaModule = JavaModules.create(fullname);
        if (javaModule != null) {
            Sys.modules().put(PyStr.of(fullname), javaModule);
            if (bridge != null) {
                bridge.initBuiltin(javaModule, fullname);
            }
            return javaModule;
        }
        List<String> searchPath = new ArrayList<>();
        Object pathObj = parent == null ? Sys.get("path") : Ops.getAttrOrNull(parent, "__path__");
        if (parent != null && pathObj == null) {
            String parentName = fullname.substring(0, fullname.length() - part.length() - 1);
            throw notFound(fullname, "No module named '" + fullname + "'; '" + parentName + "' is not a package");
        }
        if (pathObj != null) {
            Object it = Ops.iter(pathObj);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                if (x instanceof PyStr s) {
                    searchPath.add(s.value());
                }
            }
        }
        List<String> namespaceDirs = new ArrayList<>();
        Path extension = null;
        for (String dir : searchPath) {
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path pkgDir = base.resolve(part);
            Path pkgInit = pkgDir.resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return execSource(fullname, pkgInit, pkgDir.toString(), fullname);
            }
            Path file = base.resolve(part + ".py");
            if (Files.isRegularFile(file)) {
                int dot = fullname.lastIndexOf('.');
                return execSource(fullname, file, null, dot < 0 ? "" : fullname.substring(0, dot));
            }
            if (Files.isDirectory(pkgDir)) {
                namespaceDirs.add(dir.isEmpty() ? part : pkgDir.toString());
            } else if (extension == null) {
                extension = extensionModule(base, part);
            }
        }
        if (!namespaceDirs.isEmpty()) {
            return namespacePackage(fullname, namespaceDirs);
        }
        if (extension != null) {
            throw notFound(fullname, "No module named '" + fullname + "': " + extension
                + " is a C extension module, which Taipan cannot load");
        }
        throw notFound(fullname, "No module named '" + fullname + "'");
    }

    private static final String[] EXTENSION_SUFFIXES = {".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"};

    /** A CPython extension module {@code part} in {@code dir}, or null. */
    private static Path extensionModule(Path dir, String part) {
        for (String suffix : EXTENSION_SUFFIXES) {
            Path p = dir.resolve(part + suffix);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A package without {@code __init__.py}: its {@code __path__} is every directory of that name (PEP 420). */
    private static PyModule namespacePackage(String fullname, List<String> dirs) {
        PyModule m = new PyModule(fullname);
        m.dict.put(PyStr.of("__package__"), PyStr.of(fullname));
        Object[] paths = new Object[dirs.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = PyStr.of(dirs.get(i));
        }
        m.dict.put(PyStr.of("__path__"), new PyList(paths));
        m.dict.put(PyStr.of("__file__"), Py.None);
        ImportlibBridge bridge = ImportlibBridge.current();
        if (bridge != null) {
            bridge.initNamespace(m, fullname);
        }
        Sys.modules().put(PyStr.of(fullname), m);
        return m;
    }

    static PyException notFound(String name, String message) {
        PyException e = Exceptions.error(Exceptions.MODULE_NOT_FOUND_ERROR, message);
        ExceptionMethods.setField(e.value, "name", PyStr.of(name));
        return e;
    }

    private static Object execSource(String fullname, Path file, String packageDir, String packageName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Exceptions.error(Exceptions.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
        String filename = file.toString();
        PyModule m = new PyModule(fullname);
        m.dict.put(PyStr.of("__file__"), PyStr.of(filename));
        m.dict.put(PyStr.of("__package__"), PyStr.of(packageName));
        m.dict.put(PyStr.of("__builtins__"), PythonRuntime.current().builtinsModule);
        if (packageDir != null) {
            m.dict.put(PyStr.of("__path__"), PyList.of(PyStr.of(packageDir)));
        }
        m.dict.put(PyStr.of("__cached__"), Py.None);
        ImportlibBridge bridge = ImportlibBridge.current();
        if (bridge != null) {
            bridge.initSource(m, fullname, filename);
        }
        PyStr key = PyStr.of(fullname);
        Sys.modules().put(key, m);
        try {
            taipan.bytecode.CodeObject code;
            try {
                for (byte b : bytes) {
                    if (b == 0) {
                        // As importlib's compile() of the source bytes.
                        int none = PythonSyntaxError.NONE;
                        throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                            "source code string cannot contain null bytes", null, none, none, none, none, null);
                    }
                }
                code = Compiler.compile(CompileWarnings.attach(SourceFile.fromScript(bytes, filename)), filename,
                    Compiler.Mode.EXEC);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPython(e);
            }
            Frame f = new Frame(code, m.dict, PythonRuntime.current().builtins, m.dict, null);
            Interpreter.execute(f);
        } catch (PyException e) {
            Sys.modules().remove(key);
            throw e;
        }
        Object result = Sys.modules().get(key);
        return result != null ? result : m;
    }

    static Object importFrom(Object module, String name) {
        Object v = Ops.getAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        String modName = module instanceof PyModule m ? m.name() : "?";
        Object sub = Sys.modules().get(PyStr.of(modName + "." + name));
        if (sub != null) {
            return sub;
        }
        Object file = module instanceof PyModule m ? m.dict.get(PyStr.of("__file__")) : null;
        String where = file instanceof PyStr f ? " (" + f.value() + ")" : " (unknown location)";
        boolean initializing = module instanceof PyModule m && isInitializing(m);
        PyException e = Exceptions.error(Exceptions.IMPORT_ERROR, "cannot import name '" + name + "' from "
            + (initializing ? "partially initialized module '" + modName + "' (most likely due to a circular import)"
            : "'" + modName + "'") + where);
        ExceptionMethods.setField(e.value, "name", PyStr.of(modName));
        throw e;
    }

    private static boolean isInitializing(PyModule m) {
        for (Frame f = ThreadState.current().frame; f != null; f = f.back) {
            if (f.globals == m.dict) {
                return true;
            }
        }
        return false;
    }

    static int importStar(Frame f, Object[] stack, int sp) {
        Object module = stack[--sp];
        stack[sp] = null;
        Object all = Ops.getAttrOrNull(module, "__all__");
        List<String> names = new ArrayList<>();
        if (all != null) {
            Object it = Ops.iter(all);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                names.add(((PyStr) x).value());
            }
        } else {
            PyDict d = module instanceof PyModule m ? m.dict : (PyDict) Ops.getAttr(module, "__dict__");
            for (int i = 0; i < d.entryLimit(); i++) {
                if (d.keyAt(i) instanceof PyStr k && !k.value().startsWith("_")) {
                    names.add(k.value());
                }
            }
        }
        for (String n : names) {
            Instructions.storeName(f, n, Ops.getAttr(module, n));
        }
        return sp;
    }
}
