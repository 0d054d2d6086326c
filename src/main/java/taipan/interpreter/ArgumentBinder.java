package taipan.interpreter;

import java.util.ArrayList;
import java.util.List;
import taipan.bytecode.CodeObject;
import taipan.runtime.Exceptions;
import taipan.runtime.PyDict;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * Binds call arguments to a Python function's parameters, exactly as CPython
 * 3.11 does, with its TypeError messages ("f() missing 1 required positional
 * argument: 'a'", "got an unexpected keyword argument", "takes 2 positional
 * arguments but 3 were given", ...).
 *
 * <p>Contract: fills the first slots of {@code fast} (parameters in CodeObject
 * order: positional, keyword-only, *args, **kwargs); everything else stays null.
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static void bind(PyFunction fn, Object[] fast, Object[] args, String[] kwnames) {
        CodeObject c = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = c.argcount;
        boolean varargs = (c.flags & CodeObject.CO_VARARGS) != 0;
        boolean varkw = (c.flags & CodeObject.CO_VARKEYWORDS) != 0;
        if (nkw == 0 && npos == argcount && !varargs && !varkw && c.kwonlyargcount == 0) {
            System.arraycopy(args, 0, fast, 0, npos);
            return;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, fast, 0, n);
        int total = argcount + c.kwonlyargcount;
        if (varargs) {
            Object[] rest = new Object[Math.max(0, npos - argcount)];
            System.arraycopy(args, n, rest, 0, rest.length);
            fast[total] = PyTuple.of(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, args, kwnames);
        }
        PyDict extra = null;
        if (varkw) {
            extra = new PyDict();
            fast[total + (varargs ? 1 : 0)] = extra;
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            Object value = args[npos + k];
            int i = indexOf(c, kw, c.posonlyargcount, total);
            if (i < 0) {
                if (extra != null) {
                    extra.put(PyStr.of(kw), value);
                    continue;
                }
                if (indexOf(c, kw, 0, c.posonlyargcount) >= 0) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(kw);
                    continue;
                }
                throw Exceptions.typeError(fn.qualname + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (fast[i] != null) {
                throw Exceptions.typeError(fn.qualname + "() got multiple values for argument '" + kw + "'");
            }
            fast[i] = value;
        }
        if (posOnlyAsKw != null) {
            throw Exceptions.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", posOnlyAsKw) + "'");
        }
        Object[] defaults = fn.defaults;
        int ndefaults = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (fast[i] == null) {
                int d = i - (argcount - ndefaults);
                if (d >= 0) {
                    fast[i] = defaults[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(c.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "positional");
        }
        for (int i = argcount; i < total; i++) {
            if (fast[i] == null) {
                Object d = fn.kwdefaults == null ? null : fn.kwdefaults.get(PyStr.of(c.varnames[i]));
                if (d != null) {
                    fast[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(c.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "keyword-only");
        }
    }

    private static int indexOf(CodeObject c, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c.varnames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException missingArguments(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Exceptions.typeError(fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
            + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, Object[] args, String[] kwnames) {
        CodeObject c = fn.code;
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
        int required = c.argcount - ndefaults;
        String takes;
        if (ndefaults > 0) {
            takes = "from " + required + " to " + c.argcount + " positional arguments";
        } else {
            takes = c.argcount + " positional argument" + (c.argcount == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String kw : kwnames) {
                if (indexOf(c, kw, c.argcount, c.argcount + c.kwonlyargcount) >= 0) {
                    kwonlyGiven++;
                }
            }
        }
        String given1 = given + (kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") : "");
        String kwPart = kwonlyGiven > 0 ? " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")" : "";
        String verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return Exceptions.typeError(fn.qualname + "() takes " + takes + " but " + given1 + kwPart + " " + verb + " given");
    }
}
