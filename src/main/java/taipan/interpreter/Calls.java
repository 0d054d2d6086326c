package taipan.interpreter;

import taipan.builtins.BuiltinFunctions;
import taipan.bytecode.CodeObject;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.CallArgs;
import taipan.runtime.Exceptions;
import taipan.runtime.ListMethods;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.MethodLike;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The call instructions: collect the arguments from the value stack into
 * Taipan's calling convention (positional values, then keyword values named by
 * a kwnames array) and call; plus function creation and the keyword merging
 * of {@code f(**a, **b)}.
 */
final class Calls {
    private Calls() {}

    private static Object[] args(Object[] stack, int from, int n) {
        Object[] a = new Object[n];
        System.arraycopy(stack, from, a, 0, n);
        return a;
    }

    static int call(Object[] stack, int sp, int n) {
        int base = sp - n - 1;
        Object f = stack[base];
        Object r;
        if (f instanceof PyFunction fn) {
            r = fn.callPositional(null, stack, base + 1, n);
        } else if (f instanceof BuiltinFunction bf) {
            r = callBuiltin(bf, stack, base + 1, n);
        } else {
            r = Ops.call(f, args(stack, base + 1, n), null);
        }
        Instructions.clear(stack, sp, n + 1);
        stack[base] = r;
        return base + 1;
    }

    /** A built-in function called with {@code n} positional arguments from {@code stack[from..]}; {@code len(x)} directly. */
    private static Object callBuiltin(BuiltinFunction bf, Object[] stack, int from, int n) {
        if (n == 1 && bf.body == BuiltinFunctions.LEN) {
            return (long) Ops.len(stack[from]);
        }
        return bf.call(args(stack, from, n), null);
    }

    private static String[] kwnames(Object tuple) {
        Object[] items = ((PyTuple) tuple).items;
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = ((PyStr) items[i]).value();
        }
        return names;
    }

    static int callKw(Object[] stack, int sp, int n) {
        int base = sp - n - 2;
        Object f = stack[base];
        String[] names = kwnames(stack[sp - 1]);
        Object r = Ops.call(f, args(stack, base + 1, n), names);
        Instructions.clear(stack, sp, n + 2);
        stack[base] = r;
        return base + 1;
    }

    static int callMethod(Object[] stack, int sp, int n) {
        int base = sp - n - 2;
        Object r = invokeMethod(stack, base, n, null);
        Instructions.clear(stack, sp, n + 2);
        stack[base] = r;
        return base + 1;
    }

    static int callMethodKw(Object[] stack, int sp, int n) {
        int base = sp - n - 3;
        String[] names = kwnames(stack[sp - 1]);
        Object r = invokeMethod(stack, base, n, names);
        Instructions.clear(stack, sp, n + 3);
        stack[base] = r;
        return base + 1;
    }

    private static Object invokeMethod(Object[] stack, int base, int n, String[] names) {
        Object meth = stack[base];
        Object self = stack[base + 1];
        if (self == null) {
            return Ops.call(meth, args(stack, base + 2, n), names);
        }
        if (meth instanceof MethodDescriptor md) {
            if (n == 1 && md.body == ListMethods.APPEND && names == null && self instanceof PyList list) {
                list.append(stack[base + 2]);
                return Py.None;
            }
            return md.callWithSelf(self, args(stack, base + 2, n), names);
        }
        if (names == null && meth instanceof PyFunction fn) {
            return fn.callPositional(self, stack, base + 2, n);
        }
        Object[] a = args(stack, base + 1, n + 1);
        return ((MethodLike) meth).call(a, names);
    }

    static int callFunctionEx(Object[] stack, int sp, int flags) {
        boolean hasKw = (flags & 1) != 0;
        int base = sp - (hasKw ? 3 : 2);
        Object f = stack[base];
        Object argsObj = stack[base + 1];
        Object[] positional;
        if (argsObj instanceof PyTuple t) {
            positional = t.items;
        } else {
            positional = starArgs(f, argsObj);
        }
        Object[] all = positional;
        String[] names = null;
        if (hasKw) {
            CallArgs.Packed p = CallArgs.pack(positional, (PyDict) stack[base + 2]);
            all = p.args();
            names = p.kwnames();
        }
        Object r = Ops.call(f, all, names);
        Instructions.clear(stack, sp, sp - base);
        stack[base] = r;
        return base + 1;
    }

    private static Object[] starArgs(Object f, Object iterable) {
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR)) {
                throw Exceptions.typeError(functionDescription(f) + " argument after * must be an iterable, not "
                    + Py.typeOf(iterable).name());
            }
            throw e;
        }
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            items.add(x);
        }
        return items.toArray();
    }

    /** "f()" for messages about a call of f. */
    static String functionDescription(Object f) {
        if (f instanceof PyFunction fn) {
            String module = fn.module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." : "";
            return module + fn.qualname + "()";
        }
        if (f instanceof taipan.runtime.BuiltinFunction bf) {
            return bf.name + "()";
        }
        if (f instanceof taipan.runtime.PyType t) {
            return t.name() + "()";
        }
        return Py.typeOf(f).name() + " object";
    }

    /** DICT_MERGE: adds a ** mapping to the call's keyword dict, refusing duplicates and non-str keys. */
    static void dictMerge(Object[] stack, int sp, int depth, PyDict target, Object mapping) {
        Object f = stack[sp - 1 - depth - 2];
        if (!(mapping instanceof PyDict) && Ops.getAttrOrNull(mapping, "keys") == null) {
            throw Exceptions.typeError(functionDescription(f) + " argument after ** must be a mapping, not "
                + Py.typeOf(mapping).name());
        }
        Object keys = mapping instanceof PyDict d ? d : Ops.call(Ops.getAttr(mapping, "keys"));
        Object it = Ops.iter(keys);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (target.containsKey(k)) {
                throw Exceptions.typeError(functionDescription(f) + " got multiple values for keyword argument '"
                    + Ops.strString(k) + "'");
            }
            target.put(k, Ops.getItem(mapping, k));
        }
    }

    static int makeFunction(Frame frame, Object[] stack, int sp, int flags) {
        CodeObject code = (CodeObject) stack[--sp];
        stack[sp] = null;
        PyFunction fn = new PyFunction(code, frame.globals, frame.builtins, code.qualname);
        if ((flags & 8) != 0) {
            Object[] cells = ((PyTuple) stack[--sp]).items;
            stack[sp] = null;
            fn.closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                fn.closure[i] = (PyCell) cells[i];
            }
        }
        if ((flags & 4) != 0) {
            fn.annotations = stack[--sp];
            stack[sp] = null;
        }
        if ((flags & 2) != 0) {
            fn.kwdefaults = (PyDict) stack[--sp];
            stack[sp] = null;
        }
        if ((flags & 1) != 0) {
            fn.defaults = ((PyTuple) stack[--sp]).items;
            stack[sp] = null;
        }
        stack[sp] = fn;
        return sp + 1;
    }
}
