package taipan.modules.io;

import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * {@code _io.IncrementalNewlineDecoder}: wraps an optional incremental decoder and records
 * which line endings ("\n", "\r", "\r\n") went by, translating them all to "\n" when asked.
 * A "\r" at the end of a non-final chunk is held back until the next chunk shows whether a
 * "\n" follows. StringIO and TextIOWrapper use {@link #decodeText} directly.
 */
public final class NewlineDecoder extends PyObject {
    public static final PyType TYPE = IOBase.type("IncrementalNewlineDecoder", BuiltinTypes.OBJECT, NewlineDecoder::new);

    private static final int LF = 1;
    private static final int CR = 2;
    private static final int CRLF = 4;

    /** The wrapped decoder (Python object with decode/getstate/setstate/reset), or null for str input. */
    Object decoder;
    boolean translate;
    boolean pendingCr;
    int seen;
    boolean initialized;

    NewlineDecoder(PyType type) {
        super(type);
    }

    NewlineDecoder(Object decoder, boolean translate) {
        super(TYPE);
        this.decoder = decoder;
        this.translate = translate;
        this.initialized = true;
    }

    /** Feeds already-decoded text through the newline bookkeeping. */
    String decodeText(String output, boolean last) {
        if (pendingCr && (!output.isEmpty() || last)) {
            output = "\r" + output;
            pendingCr = false;
        }
        if (!last && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingCr = true;
        }
        int cr = output.indexOf('\r');
        if (cr < 0) {
            if (output.indexOf('\n') >= 0) {
                seen |= LF;
            }
            return output;
        }
        StringBuilder sb = translate ? new StringBuilder(output.length()) : null;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\r') {
                if (i + 1 < output.length() && output.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
                if (sb != null) {
                    sb.append('\n');
                }
            } else {
                if (c == '\n') {
                    seen |= LF;
                }
                if (sb != null) {
                    sb.append(c);
                }
            }
        }
        return sb != null ? sb.toString() : output;
    }

    Object newlines() {
        return switch (seen) {
            case 0 -> Py.None;
            case LF -> PyStr.of("\n");
            case CR -> PyStr.of("\r");
            case CRLF -> PyStr.of("\r\n");
            default -> {
                java.util.List<Object> kinds = new java.util.ArrayList<>();
                if ((seen & CR) != 0) {
                    kinds.add(PyStr.of("\r"));
                }
                if ((seen & LF) != 0) {
                    kinds.add(PyStr.of("\n"));
                }
                if ((seen & CRLF) != 0) {
                    kinds.add(PyStr.of("\r\n"));
                }
                yield new PyTuple(kinds.toArray());
            }
        };
    }

    private Object decode(Object input, boolean last) {
        Object out = decoder == null ? input : Ops.call(Ops.getAttr(decoder, "decode"), new Object[] {input, last},
            new String[] {"final"});
        if (!(out instanceof PyStr s)) {
            throw Exceptions.typeError("decoder should return a string result, not '" + Py.typeOf(out).name() + "'");
        }
        return PyStr.of(decodeText(s.value(), last));
    }

    private NewlineDecoder ready() {
        if (!initialized) {
            throw Exceptions.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
        return this;
    }

    static {
        PyType t = TYPE;
        t.instancesHaveDict = false;
        MethodDescriptor.define(t, "__init__", "decoder, translate, errors='strict'", (self, a) -> {
            NewlineDecoder d = (NewlineDecoder) self;
            d.decoder = a[0] == Py.None ? null : a[0];
            d.translate = Ops.isTrue(a[1]);
            d.pendingCr = false;
            d.seen = 0;
            d.initialized = true;
            return Py.None;
        });
        MethodDescriptor.define(t, "decode", "input, final=False", (self, a) ->
            ((NewlineDecoder) self).ready().decode(a[0], Ops.isTrue(a[1])));
        MethodDescriptor.define(t, "getstate", "", (self, a) -> {
            NewlineDecoder d = ((NewlineDecoder) self).ready();
            Object buf = new PyBytes(new byte[0]);
            long flag = 0;
            if (d.decoder != null) {
                Object state = Ops.call(Ops.getAttr(d.decoder, "getstate"));
                if (!(state instanceof PyTuple st) || st.size() != 2) {
                    throw Exceptions.typeError("illegal decoder state");
                }
                buf = st.get(0);
                flag = Ops.indexAsInt(st.get(1));
            }
            flag <<= 1;
            if (d.pendingCr) {
                flag |= 1;
            }
            return PyTuple.of(buf, flag);
        });
        MethodDescriptor.define(t, "setstate", "state, /", (self, a) -> {
            NewlineDecoder d = ((NewlineDecoder) self).ready();
            if (!(a[0] instanceof PyTuple st) || st.size() != 2) {
                throw Exceptions.typeError("state argument must be a tuple");
            }
            long flag = Ops.indexAsInt(st.get(1));
            d.pendingCr = (flag & 1) != 0;
            if (d.decoder != null) {
                Ops.call(Ops.getAttr(d.decoder, "setstate"), PyTuple.of(st.get(0), flag >> 1));
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "reset", "", (self, a) -> {
            NewlineDecoder d = ((NewlineDecoder) self).ready();
            d.seen = 0;
            d.pendingCr = false;
            if (d.decoder != null) {
                Ops.call(Ops.getAttr(d.decoder, "reset"));
            }
            return Py.None;
        });
        GetSetDescriptor.define(t, "newlines", self -> ((NewlineDecoder) self).ready().newlines());
    }
}
