package taipan.runtime;

/**
 * The {@code str.format} / {@code str.format_map} engine: literal text with
 * {@code {{}} and {@code }}} escapes, replacement fields
 * {@code {name_or_index.attr[key]!conversion:spec}} with automatic or manual
 * numbering (not both), nested fields inside the spec (two levels), and
 * CPython's error messages. Values are formatted through
 * {@link Formatting#format}, so user {@code __format__} methods apply.
 */
public final class StrFormatter {
    private final String text;
    private final Object[] args;
    private final Object kwargs;
    /** Next automatic field number; -1 once manual numbering was used. */
    private int autoNumber;
    private boolean manual;

    private StrFormatter(String text, Object[] args, Object kwargs) {
        this.text = text;
        this.args = args;
        this.kwargs = kwargs;
    }

    /**
     * {@code text.format(*args, **kwargs)}; {@code kwargs} is a mapping or null, {@code args} null for
     * {@code format_map} (which refuses positional fields).
     */
    public static String format(String text, Object[] args, Object kwargs) {
        StrFormatter f = new StrFormatter(text, args, kwargs);
        return f.render(text, 2);
    }

    private String render(String s, int depth) {
        if (depth <= 0) {
            throw Exceptions.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Exceptions.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw Exceptions.valueError("Single '{' encountered in format string");
            }
            int end = fieldEnd(s, i + 1);
            out.append(field(s.substring(i + 1, end), depth));
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the '}' closing the field that starts at {@code i}. */
    private static int fieldEnd(String s, int i) {
        int count = 1;
        boolean inBrackets = false;
        boolean inName = true;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (inName && c == '[') {
                inBrackets = true;
            } else if (inBrackets && c == ']') {
                inBrackets = false;
            } else if (inBrackets) {
                continue;
            } else if (inName && c == ':') {
                inName = false;
            } else if (inName && c == '!') {
                inName = false;
                k++;
            } else if (c == '{') {
                count++;
            } else if (c == '}') {
                count--;
                if (count == 0) {
                    return k;
                }
            }
        }
        if (!inName) {
            throw Exceptions.valueError("unmatched '{' in format spec");
        }
        throw Exceptions.valueError("expected '}' before end of string");
    }

    private String field(String f, int depth) {
        int k = 0;
        boolean inBrackets = false;
        while (k < f.length()) {
            char c = f.charAt(k);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            } else if (!inBrackets && (c == ':' || c == '!')) {
                break;
            } else if (!inBrackets && c == '{') {
                throw Exceptions.valueError("unexpected '{' in field name");
            }
            k++;
        }
        String name = f.substring(0, k);
        char conversion = 0;
        String spec = "";
        if (k < f.length() && f.charAt(k) == '!') {
            if (k + 1 >= f.length()) {
                throw Exceptions.valueError("end of string while looking for conversion specifier");
            }
            conversion = f.charAt(k + 1);
            if (k + 2 < f.length() && f.charAt(k + 2) != ':') {
                throw Exceptions.valueError("expected ':' after conversion specifier");
            }
            k += 2;
        }
        if (k < f.length() && f.charAt(k) == ':') {
            spec = f.substring(k + 1);
        }
        Object value = lookup(name);
        switch (conversion) {
            case 0 -> {
            }
            case 'r' -> value = Ops.repr(value);
            case 's' -> value = Ops.str(value);
            case 'a' -> value = PyStr.of(PercentFormat.ascii(value));
            default -> throw Exceptions.valueError("Unknown conversion specifier " + conversion);
        }
        if (spec.indexOf('{') >= 0 || spec.indexOf('}') >= 0) {
            spec = render(spec, depth - 1);
        }
        return Formatting.format(value, PyStr.of(spec)).value();
    }

    private Object lookup(String name) {
        int n = name.length();
        int k = 0;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object obj;
        if (first.isEmpty()) {
            if (manual) {
                throw Exceptions.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            obj = positional(autoNumber++);
        } else if (isDigits(first)) {
            if (autoNumber > 0) {
                throw Exceptions.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            obj = positional(parseIndex(first));
        } else {
            if (kwargs == null) {
                throw Exceptions.keyError(PyStr.of(first));
            }
            obj = Ops.getItem(kwargs, PyStr.of(first));
        }
        while (k < n) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < n && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                if (e == k + 1) {
                    throw Exceptions.valueError("Empty attribute in format string");
                }
                obj = Ops.getAttr(obj, name.substring(k + 1, e));
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k + 1);
                if (e < 0) {
                    throw Exceptions.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw Exceptions.valueError("Empty attribute in format string");
                }
                obj = Ops.getItem(obj, isDigits(key) ? (Object) (long) parseIndex(key) : PyStr.of(key));
                k = e + 1;
                if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw Exceptions.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Exceptions.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object positional(int index) {
        if (args == null) {
            throw Exceptions.valueError("Format string contains positional fields");
        }
        if (index >= args.length) {
            throw Exceptions.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args[index];
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Exceptions.valueError("Too many decimal digits in format string");
        }
    }
}
