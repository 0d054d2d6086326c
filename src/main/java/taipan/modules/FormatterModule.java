package taipan.modules;

import java.util.ArrayList;
import java.util.List;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code _string} module behind {@code string.Formatter}: {@code formatter_parser} splits a
 * format string into (literal, field name, format spec, conversion) tuples and
 * {@code formatter_field_name_split} splits a field name into its first part and the
 * (is_attribute, key) accessors after it, with CPython's ValueErrors.
 */
public final class FormatterModule {
    private FormatterModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_string");
        m.dict.put(PyStr.of("formatter_parser"), BuiltinFunction.of("_string", "formatter_parser", "format_string, /",
            (s, a) -> iter(parse(str(a[0])))));
        m.dict.put(PyStr.of("formatter_field_name_split"), BuiltinFunction.of("_string", "formatter_field_name_split",
            "field_name, /", (s, a) -> splitFieldName(str(a[0]))));
        return m;
    }

    private static String str(Object o) {
        if (!(o instanceof PyStr s)) {
            throw Exceptions.typeError("descriptor 'formatter_parser' for 'str' objects doesn't apply to a '"
                + Py.typeOf(o).name() + "' object");
        }
        return s.value();
    }

    /** A Python iterator over the items. */
    private static Object iter(List<Object> items) {
        return Ops.iter(new PyList(items.toArray()));
    }

    static List<Object> parse(String s) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        StringBuilder lit = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    lit.append('}');
                    out.add(Py.tuple(PyStr.of(lit.toString()), Py.None, Py.None, Py.None));
                    lit.setLength(0);
                    i += 2;
                    continue;
                }
                throw Exceptions.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                lit.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                lit.append('{');
                out.add(Py.tuple(PyStr.of(lit.toString()), Py.None, Py.None, Py.None));
                lit.setLength(0);
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw Exceptions.valueError("Single '{' encountered in format string");
            }
            int depth = 1;
            int j = i + 1;
            boolean inBracket = false;
            while (j < n) {
                char d = s.charAt(j);
                if (d == '[') {
                    inBracket = true;
                } else if (d == ']') {
                    inBracket = false;
                } else if (d == '{' && !inBracket) {
                    depth++;
                } else if (d == '}' && !inBracket) {
                    if (--depth == 0) {
                        break;
                    }
                }
                j++;
            }
            if (j >= n) {
                throw Exceptions.valueError("expected '}' before end of string");
            }
            out.add(field(lit.toString(), s.substring(i + 1, j)));
            lit.setLength(0);
            i = j + 1;
        }
        if (lit.length() > 0) {
            out.add(Py.tuple(PyStr.of(lit.toString()), Py.None, Py.None, Py.None));
        }
        return out;
    }

    private static PyTuple field(String literal, String f) {
        int k = 0;
        int bracket = 0;
        while (k < f.length()) {
            char c = f.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && (c == ':' || c == '!')) {
                break;
            }
            k++;
        }
        String name = f.substring(0, k);
        Object conversion = Py.None;
        String spec = "";
        if (k < f.length() && f.charAt(k) == '!') {
            if (k + 1 >= f.length()) {
                throw Exceptions.valueError("end of string while looking for conversion specifier");
            }
            conversion = PyStr.of(String.valueOf(f.charAt(k + 1)));
            k += 2;
            if (k < f.length() && f.charAt(k) != ':') {
                throw Exceptions.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < f.length()) {
            spec = f.substring(k + 1);
        }
        return Py.tuple(PyStr.of(literal), PyStr.of(name), PyStr.of(spec), conversion);
    }

    private static Object key(String k) {
        if (!k.isEmpty() && k.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            try {
                return Long.parseLong(k);
            } catch (NumberFormatException e) {
                return PyStr.of(k);
            }
        }
        return PyStr.of(k);
    }

    static PyTuple splitFieldName(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
            i++;
        }
        Object first = key(s.substring(0, i));
        List<Object> rest = new ArrayList<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '.' && s.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw Exceptions.valueError("Empty attribute in format string");
                }
                rest.add(Py.tuple(true, PyStr.of(s.substring(i + 1, j))));
                i = j;
            } else if (c == '[') {
                int j = s.indexOf(']', i + 1);
                if (j < 0) {
                    throw Exceptions.valueError("Missing ']' in format string");
                }
                if (j == i + 1) {
                    throw Exceptions.valueError("Empty attribute in format string");
                }
                rest.add(Py.tuple(false, key(s.substring(i + 1, j))));
                i = j + 1;
                if (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
                    throw Exceptions.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                break;
            }
        }
        return Py.tuple(first, iter(rest));
    }
}
