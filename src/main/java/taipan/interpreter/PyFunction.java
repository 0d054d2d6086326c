package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.MethodLike;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * A Python function: code plus the globals, defaults and closure it was made
 * with. Calling it binds the arguments into a new {@link Frame}
 * ({@link ArgumentBinder}) and runs it, or, for generator and coroutine code,
 * returns the generator object that will run it.
 */
public final class PyFunction extends PyObject implements MethodLike {
    public CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** The str objects __name__ and __qualname__ give (the same object each time, as in CPython), made on demand. */
    private PyStr nameObject, qualnameObject;
    /** Positional defaults (for the last parameters), or null. */
    public Object[] defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Cells for the code's free variables, or null. */
    public PyCell[] closure;
    public Object annotations;
    public Object doc;
    public Object module;

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins, String qualname) {
        super(BuiltinTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = qualname;
        this.doc = (code.flags & CodeObject.CO_OPTIMIZED) != 0 && code.consts.length > 0
            && code.consts[0] instanceof PyStr ? code.consts[0] : Py.None;
        Object m = globals.get(PyStr.of("__name__"));
        this.module = m == null ? Py.None : m;
    }

    PyStr nameObject() {
        if (nameObject == null || !nameObject.value().equals(name)) nameObject = PyStr.of(name);
        return nameObject;
    }

    PyStr qualnameObject() {
        if (qualnameObject == null || !qualnameObject.value().equals(qualname)) qualnameObject = PyStr.of(qualname);
        return qualnameObject;
    }

    void setName(PyStr s) {
        name = s.value();
        nameObject = s;
    }

    void setQualname(PyStr s) {
        qualname = s.value();
        qualnameObject = s;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Frame f = new Frame(code, globals, builtins, null, this);
        ArgumentBinder.bind(this, f.fast, args, kwnames);
        setupCells(f, this);
        if (code.isGeneratorLike()) {
            return Generators.create(f);
        }
        return Interpreter.execute(f);
    }

    /**
     * Calls with {@code self} (when not null) followed by {@code n} positional
     * arguments taken from {@code src[from..from+n)}, without building an
     * argument array when the parameters are plain positional ones.
     */
    public Object callPositional(Object self, Object[] src, int from, int n) {
        CodeObject c = code;
        int total = n + (self != null ? 1 : 0);
        if (total == c.argcount && (c.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0
            && c.kwonlyargcount == 0) {
            Frame f = new Frame(c, globals, builtins, null, this);
            Object[] fast = f.fast;
            int k = 0;
            if (self != null) {
                fast[k++] = self;
            }
            System.arraycopy(src, from, fast, k, n);
            setupCells(f, this);
            if (c.isGeneratorLike()) {
                return Generators.create(f);
            }
            return Interpreter.execute(f);
        }
        Object[] args = new Object[total];
        int k = 0;
        if (self != null) {
            args[k++] = self;
        }
        System.arraycopy(src, from, args, k, n);
        return call(args, null);
    }

    @Override
    public Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        if (kwnames == null) {
            return callPositional(self, args, 0, args.length);
        }
        return MethodLike.super.callWithSelf(self, args, kwnames);
    }

    /** Creates the frame's cells (initialized from parameters where the code says so) and copies in the closure. */
    static void setupCells(Frame f, PyFunction fn) {
        CodeObject c = f.code;
        int ncells = c.cellvars.length;
        if (ncells == 0 && c.freevars.length == 0) {
            return;
        }
        Object[] fast = f.fast;
        int base = c.varnames.length;
        for (int i = 0; i < ncells; i++) {
            int arg = c.cell2arg == null ? -1 : c.cell2arg[i];
            fast[base + i] = new PyCell(arg >= 0 ? fast[arg] : null);
        }
        for (int i = 0; i < c.freevars.length; i++) {
            fast[base + ncells + i] = fn.closure[i];
        }
    }

    /** Defaults as a tuple, or None. */
    public Object defaultsTuple() {
        return defaults == null ? Py.None : PyTuple.of(defaults);
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
