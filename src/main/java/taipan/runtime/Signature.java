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
 * A first parameter written {@code $cls} (as in CPython's text signatures) is the receiver a
 * binding supplies (a class method's class): it is bound like the others but not counted in messages.
 *
 * <p>Messages follow CPython's argument parsers: "takes no keyword arguments", "takes exactly one
 * argument" and "takes no arguments" name the function qualified ("math.sqrt", "list.count"), as
 * CPython's METH_O/METH_NOARGS checks do; count and keyword errors use the bare name, as its
 * argument parsers do; a function with keyword parameters (and no *args or **kwargs) given more
 * arguments than it has parameters "takes at most N [keyword ]arguments", and one with keyword-only
 * parameters given too many positional ones "takes at most N positional arguments".
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
    /** 1 when the first parameter is a receiver ({@code $cls}), else 0. */
    private final int receiver;

    private Signature(String name, String[] params, Object[] defaults, int posOnly, int positional,
                      boolean varargs, boolean varkw, int receiver) {
        this.name = name;
        this.receiver = receiver;
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
        int receiver = 0;
        for (String raw : spec.split(",")) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("$") && names.isEmpty()) {
                receiver = 1;
                p = p.substring(1);
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
        if (receiver == 1 && posOnly == 0) {
            posOnly = 1;
        }
        return new Signature(name, names.toArray(new String[0]), defs.toArray(), posOnly, positional, varargs, varkw, receiver);
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
        boolean keywordParams = params.length > posOnly;
        if (keywordParams && !varargs && !varkw && npos + nkw > params.length) {
            int max = params.length - receiver;
            throw Exceptions.typeError(shortName() + "() takes at most " + max + " " + (npos == receiver ? "keyword " : "")
                + "argument" + (max == 1 ? "" : "s") + " (" + (npos + nkw - receiver) + " given)");
        }
        if (npos > positional && !varargs) {
            if (keywordParams && positional < params.length) {
                int max = positional - receiver;
                throw Exceptions.typeError(shortName() + "() takes " + (max == 0 ? "no positional arguments"
                    : (required < positional ? "at most " : "exactly ") + max + " positional argument" + (max == 1 ? "" : "s"))
                    + " (" + (npos - receiver) + " given)");
            }
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
                    throw Exceptions.typeError("argument for " + shortName() + "() given by name ('" + kw
                        + "') and position (" + (i + 1 - receiver) + ")");
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
                    throw Exceptions.typeError(shortName() + "() missing required argument '" + params[i] + "' (pos "
                        + (i + 1 - receiver) + ")");
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
     * The name without its type ("sort" for "list.sort"), as CPython's argument parsers give it; a
     * constructor ("BufferedReader.__init__", "T.__new__") is named by its class, as there.
     */
    private String shortName() {
        String n = name.endsWith(".__init__") || name.endsWith(".__new__") ? name.substring(0, name.lastIndexOf('.')) : name;
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private int indexOf(String kw) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private PyException tooMany(int npos) {
        if (required == positional) {
            return exactly(npos);
        }
        int max = positional - receiver;
        return Exceptions.typeError(shortName() + "() takes at most " + max + " argument"
            + (max == 1 ? "" : "s") + " (" + (npos - receiver) + " given)");
    }

    private PyException tooFew(int npos) {
        if (required == positional) {
            return exactly(npos);
        }
        int min = required - receiver;
        return Exceptions.typeError(shortName() + "() takes at least " + min + " argument"
            + (min == 1 ? "" : "s") + " (" + (npos - receiver) + " given)");
    }

    private PyException exactly(int npos) {
        int count = positional - receiver;
        String given = " (" + (npos - receiver) + " given)";
        return switch (count) {
            case 0 -> Exceptions.typeError(name + "() takes no arguments" + given);
            case 1 -> Exceptions.typeError(name + "() takes exactly one argument" + given);
            default -> Exceptions.typeError(shortName() + "() takes exactly " + count + " arguments" + given);
        };
    }
}
