package taipan.modules.sre;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Py;
import taipan.runtime.PyIterator;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject, each
 * {@code match()}/{@code search()} starting where the previous match ended
 * (never with an empty match right there again) and returning None for good
 * once one fails. {@code Pattern.finditer} iterates its {@code search}.
 */
final class SreScanner extends PyObject {
    static final PyType TYPE = BuiltinTypes.builtin("SRE_Scanner", BuiltinTypes.OBJECT, null);
    private static final PyType ITERATOR = PyIterator.defineIteratorType("callable_iterator");

    private final SrePattern pattern;
    private final Subject subject;
    private final SreMatcher matcher;
    private boolean done;

    SreScanner(SrePattern pattern, Object string, Object pos, Object endpos) {
        super(TYPE);
        this.pattern = pattern;
        this.subject = Subject.of(string, pattern.isBytes);
        this.matcher = subject.matcher(pattern, pos, endpos);
    }

    static {
        TYPE.acceptsSubclasses = false;
        TYPE.setMember("__module__", PyStr.of("_sre"));
        GetSetDescriptor.define(TYPE, "pattern", self -> ((SreScanner) self).pattern);
        MethodDescriptor.define(TYPE, "match", "", (self, a) -> {
            Object m = ((SreScanner) self).next(false);
            return m == null ? Py.None : m;
        });
        MethodDescriptor.define(TYPE, "search", "", (self, a) -> {
            Object m = ((SreScanner) self).next(true);
            return m == null ? Py.None : m;
        });
    }

    /** The next match, or null once there is none. */
    private SreMatch next(boolean search) {
        if (done) {
            return null;
        }
        SreMatcher m = matcher;
        if (!(search ? m.search() : m.match())) {
            done = true;
            return null;
        }
        SreMatch match = new SreMatch(pattern, subject, m);
        m.mustAdvance = m.matchEnd == m.matchStart;
        m.start = m.matchEnd;
        return match;
    }

    PyIterator iterator() {
        return new PyIterator(ITERATOR) {
            @Override
            public Object next() {
                return SreScanner.this.next(true);
            }
        };
    }
}
