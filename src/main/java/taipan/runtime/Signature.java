package taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a function written in Java, parsed from a Python-like
 * text such as {@code "iterable, /, *, key=None, reverse=False"}, and the
 * binding of call arguments to it with the TypeError messages CPython's
 * built-ins give.
 *
 * <p>Text syntax: names separated by commas; {@code /} ends the positional-only
 * parameters, {@code *} (or {@code *args}) starts the keyword-only ones,
 * {@code **kwargs} takes the rest. A default is a literal: None, True, False, an
 * int, a float, a quoted str, or {@code ()}, or {@code ?} for "optional without a value"
 * (the body then sees Java null). {@link #bind} returns one slot per named
 * parameter, then the *args tuple, then the **kwargs dict, when present:
 * {@code "a, *args, key=None, **kw"} gives a, key, the *args tuple, the **kwargs dict.
 */
public final class Signature {
    /** The default that leaves the parameter absent (null) when not passed. */
    private static final Object ABSENT = new Object();

    public final String name;
    private final String[] params;
    private final Object[] defaults;
    private final int posOnly;
    private final int positional;
    private final boolean varargs;
    private final boolean varkw;
    private final int required;

    private Signature(String name, String[] params, Object[] defaults, int posOnly, int positional,
                      boolean varargs, boolean varkw) {
        this.name = name;
        this.params = params;
        this.defaults = defaults;
        this.posOnly = posOnly;
        this.positional = positional;
        this.varargs = varargs;
        this.varkw = varkw;
        int r = 0;
        while (r < positional && defaults[r] == null) {
            r++;
        }
        this.required = r;
    }

    /** Parses {@code spec} for the function called {@code name} in messages (e.g. "len", "list.append"). */
    public static Signature parse(String name, String spec) {
        List<String> names = new ArrayList<>();
        List<Object> defs = new ArrayList<>();
        int posOnly = 0;
        int positional = -1;
        boolean varargs = false;
        boolean varkw = false;
        for (String raw : spec.split(",")) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                posOnly = names.size();
            } else if (p.equals("*")) {
                positional = names.size();
            } else if (p.startsWith("**")) {
                varkw = true;
            } else if (p.startsWith("*")) {
                varargs = true;
                positional = names.size();
            } else {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    names.add(p);
                    defs.add(null);
                } else {
                    names.add(p.substring(0, eq).strip());
                    defs.add(literal(p.substring(eq + 1).strip()));
                }
            }
        }
        if (positional < 0) {
            positional = names.size();
        }
        return new Signature(name, names.toArray(new String[0]), defs.toArray(), posOnly, positional, varargs, varkw);
    }

    private static Object literal(String s) {
        switch (s) {
            case "?": return ABSENT;
            case "None": return Py.None;
            case "True": return Boolean.TRUE;
            case "False": return Boolean.FALSE;
            case "()": return PyTuple.EMPTY;
            default:
        }
        if (s.startsWith("'") || s.startsWith("\"")) {
            return PyStr.of(s.substring(1, s.length() - 1));
        }
        if (s.contains(".")) {
            return Double.parseDouble(s);
        }
        return Long.parseLong(s);
    }

    /** The number of slots {@link #bind} returns. */
    public int slots() {
        return params.length + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    /** Binds call arguments (Taipan's convention, see {@link PyCallable}) to parameter slots. */
    public Object[] bind(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (nkw == 0 && !varargs && !varkw && npos == params.length && positional == params.length) {
            return args;
        }
        Object[] out = new Object[slots()];
        if (npos > positional && !varargs) {
            throw tooMany(npos);
        }
        int n = Math.min(npos, positional);
        System.arraycopy(args, 0, out, 0, n);
        if (varargs) {
            Object[] rest = new Object[Math.max(0, npos - positional)];
            System.arraycopy(args, n, rest, 0, rest.length);
            out[params.length] = PyTuple.of(rest);
        }
        PyDict extra = varkw ? new PyDict() : null;
        if (nkw > 0) {
            if (params.length == posOnly && !varkw) {
                throw Exceptions.typeError(name + "() takes no keyword arguments");
            }
            for (int k = 0; k < nkw; k++) {
                String kw = kwnames[k];
                int i = indexOf(kw);
                if (i < 0 || i < posOnly) {
                    if (extra != null) {
                        extra.put(PyStr.of(kw), args[npos + k]);
                        continue;
                    }
                    throw Exceptions.typeError("'" + kw + "' is an invalid keyword argument for " + shortName() + "()");
                }
                if (out[i] != null) {
                    throw Exceptions.typeError("argument for " + name + "() given by name ('" + kw
                        + "') and position (" + (i + 1) + ")");
                }
                out[i] = args[npos + k];
            }
        }
        for (int i = 0; i < params.length; i++) {
            if (out[i] == null) {
                Object d = defaults[i];
                if (d == null) {
                    if (i < positional && nkw == 0 && i >= npos && posOnly == params.length) {
                        throw tooFew(npos);
                    }
                    throw Exceptions.typeError(name + "() missing required argument '" + params[i] + "' (pos "
                        + (i + 1) + ")");
                }
                out[i] = d == ABSENT ? null : d;
            }
        }
        if (varkw) {
            out[slots() - 1] = extra;
        }
        return out;
    }

    /**
     * The name without its type ("sort" for "list.sort"), as CPython's keyword-argument errors and its
     * "takes at most/at least" messages give it.
     */
    private String shortName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private int indexOf(String kw) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private PyException tooMany(int given) {
        if (required == positional) {
            return exactly(given);
        }
        return Exceptions.typeError(shortName() + "() takes at most " + positional + " argument"
            + (positional == 1 ? "" : "s") + " (" + given + " given)");
    }

    private PyException tooFew(int given) {
        if (required == positional) {
            return exactly(given);
        }
        return Exceptions.typeError(shortName() + "() takes at least " + required + " argument"
            + (required == 1 ? "" : "s") + " (" + given + " given)");
    }

    private PyException exactly(int given) {
        String what = switch (positional) {
            case 0 -> "no arguments";
            case 1 -> "exactly one argument";
            default -> "exactly " + positional + " arguments";
        };
        return Exceptions.typeError(name + "() takes " + what + " (" + given + " given)");
    }
}
