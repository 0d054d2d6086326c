package taipan.modules.sre;

import taipan.interpreter.PythonRuntime;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * {@code re.Match}: the spans of one match's groups (copied from the matcher),
 * with group access by number or name, groups/groupdict, start/end/span,
 * lastindex/lastgroup, regs, expand (through {@code re._expand}) and the repr
 * {@code <re.Match object; span=(0, 3), match='abc'>}.
 */
public final class SreMatch extends PyObject {
    public static final PyType TYPE = SrePattern.newType("Match");

    private final SrePattern pattern;
    private final Subject subject;
    /** spans[2g], spans[2g+1]: group g's span, -1 when it did not take part. */
    private final int[] spans;
    private final int lastindex;
    private final int pos;
    private final int endpos;

    SreMatch(SrePattern pattern, Subject subject, SreMatcher m) {
        super(TYPE);
        this.pattern = pattern;
        this.subject = subject;
        int groups = pattern.groups;
        spans = new int[2 * (groups + 1)];
        spans[0] = m.matchStart;
        spans[1] = m.matchEnd;
        for (int g = 1; g <= groups; g++) {
            int a = m.marks[2 * g - 2];
            int b = m.marks[2 * g - 1];
            boolean set = a >= 0 && b >= 0;
            spans[2 * g] = set ? a : -1;
            spans[2 * g + 1] = set ? b : -1;
        }
        lastindex = m.lastindex;
        pos = m.pos;
        endpos = m.end;
    }

    static {
        PyType t = TYPE;
        GetSetDescriptor.define(t, "string", self -> ((SreMatch) self).subject.original);
        GetSetDescriptor.define(t, "re", self -> ((SreMatch) self).pattern);
        GetSetDescriptor.define(t, "pos", self -> (long) ((SreMatch) self).pos);
        GetSetDescriptor.define(t, "endpos", self -> (long) ((SreMatch) self).endpos);
        GetSetDescriptor.define(t, "lastindex", self -> {
            int li = ((SreMatch) self).lastindex;
            return li >= 0 ? (Object) (long) li : Py.None;
        });
        GetSetDescriptor.define(t, "lastgroup", self -> {
            SreMatch m = (SreMatch) self;
            if (m.lastindex < 0 || m.lastindex >= m.pattern.indexgroup.size()) {
                return Py.None;
            }
            return m.pattern.indexgroup.get(m.lastindex);
        });
        GetSetDescriptor.define(t, "regs", self -> {
            SreMatch m = (SreMatch) self;
            Object[] regs = new Object[m.spans.length / 2];
            for (int g = 0; g < regs.length; g++) {
                regs[g] = m.span(g);
            }
            return new PyTuple(regs);
        });
        MethodDescriptor.define(t, "group", "*args", (self, a) -> {
            SreMatch m = (SreMatch) self;
            Object[] args = ((PyTuple) a[0]).items;
            if (args.length == 0) {
                return m.group(0, Py.None);
            }
            if (args.length == 1) {
                return m.group(m.index(args[0]), Py.None);
            }
            Object[] out = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                out[i] = m.group(m.index(args[i]), Py.None);
            }
            return new PyTuple(out);
        });
        MethodDescriptor.define(t, "__getitem__", "group, /",
            (self, a) -> ((SreMatch) self).group(((SreMatch) self).index(a[0]), Py.None));
        MethodDescriptor.define(t, "groups", "default=None", (self, a) -> {
            SreMatch m = (SreMatch) self;
            Object[] out = new Object[m.spans.length / 2 - 1];
            for (int g = 1; g <= out.length; g++) {
                out[g - 1] = m.group(g, a[0]);
            }
            return new PyTuple(out);
        });
        MethodDescriptor.define(t, "groupdict", "default=None", (self, a) -> {
            SreMatch m = (SreMatch) self;
            PyDict gi = m.pattern.groupindex;
            PyDict out = new PyDict();
            for (int i = 0; i < gi.entryLimit(); i++) {
                Object k = gi.keyAt(i);
                if (k != null) {
                    out.put(k, m.group(m.index(k), a[0]));
                }
            }
            return out;
        });
        MethodDescriptor.define(t, "start", "group=0, /",
            (self, a) -> (long) ((SreMatch) self).spans[2 * ((SreMatch) self).index(a[0])]);
        MethodDescriptor.define(t, "end", "group=0, /",
            (self, a) -> (long) ((SreMatch) self).spans[2 * ((SreMatch) self).index(a[0]) + 1]);
        MethodDescriptor.define(t, "span", "group=0, /",
            (self, a) -> ((SreMatch) self).span(((SreMatch) self).index(a[0])));
        MethodDescriptor.define(t, "expand", "template", (self, a) -> {
            Object re = Ops.call(PythonRuntime.current().builtins.getStr("__import__"), PyStr.of("re"));
            return Ops.call(Ops.getAttr(re, "_expand"), ((SreMatch) self).pattern, self, a[0]);
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            SreMatch m = (SreMatch) self;
            String r = Ops.reprString(m.group(0, Py.None));
            if (r.codePointCount(0, r.length()) > 50) {
                r = r.substring(0, r.offsetByCodePoints(0, 50));
            }
            return PyStr.of("<re.Match object; span=(" + m.spans[0] + ", " + m.spans[1] + "), match=" + r + ">");
        });
    }

    private PyTuple span(int g) {
        return PyTuple.of((long) spans[2 * g], (long) spans[2 * g + 1]);
    }

    private Object group(int g, Object dflt) {
        int a = spans[2 * g];
        int b = spans[2 * g + 1];
        return a >= 0 ? subject.slice(a, b) : dflt;
    }

    /** The group number that {@code key} (an index or a group name) denotes. */
    private int index(Object key) {
        long i = -1;
        if (Ops.isInt(key) || Py.typeOf(key).lookup("__index__") != null) {
            Object v = Ops.index(key);
            i = v instanceof Long l ? l : -1;
        } else {
            Object v = pattern.groupindex.get(key);
            if (v instanceof Long l) {
                i = l;
            }
        }
        if (i < 0 || i > pattern.groups) {
            throw Exceptions.indexError("no such group");
        }
        return (int) i;
    }
}
