package taipan.modules.io;

import java.util.Arrays;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * {@code _io.StringIO}: an in-memory text stream holding code points. Writes past the end pad
 * with NULs; {@code newline} works as for TextIOWrapper: None translates "\r\n" and "\r" to "\n"
 * on write, "" keeps endings but splits lines at any of them, "\r" and "\r\n" translate "\n" to
 * themselves on write and end lines there. Positions are code point offsets. Closing discards
 * the contents; every method then raises ValueError.
 */
final class StringIOType {
    private StringIOType() {}

    static final PyType TYPE = IOBase.type("StringIO", IOBase.TEXT_IOBASE, StringIOObject::new);

    static final class StringIOObject extends IOBase.IOObject {
        int[] buf = new int[16];
        int length;
        int pos;
        boolean initialized;
        boolean closed;
        /** The newline argument (null for None). */
        String readnl;
        boolean universal;
        /** What "\n" becomes on write, or null. */
        String writenl;
        NewlineDecoder decoder;

        StringIOObject(PyType type) {
            super(type);
        }

        StringIOObject ready() {
            if (!initialized) {
                throw IOBase.uninitialized();
            }
            if (closed) {
                throw closed();
            }
            return this;
        }

        void init(Object initial, Object newline) {
            if (newline != Py.None && !(newline instanceof PyStr)) {
                throw Exceptions.typeError("newline must be str or None, not " + Py.typeOf(newline).name());
            }
            String nl = newline instanceof PyStr s ? s.value() : null;
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Exceptions.valueError("illegal newline value: " + Ops.reprString(newline));
            }
            if (initial != Py.None && !(initial instanceof PyStr)) {
                throw Exceptions.typeError("initial_value must be str or None, not " + Py.typeOf(initial).name());
            }
            readnl = nl;
            universal = nl == null || nl.isEmpty();
            writenl = nl != null && nl.startsWith("\r") ? nl : null;
            decoder = universal ? new NewlineDecoder(null, nl == null) : null;
            buf = new int[16];
            length = 0;
            pos = 0;
            closed = false;
            initialized = true;
            if (initial instanceof PyStr s && !s.value().isEmpty()) {
                write(s.value());
                pos = 0;
            }
        }

        /** Writes {@code text} at the position after newline translation. */
        synchronized void write(String text) {
            if (decoder != null) {
                text = decoder.decodeText(text, true);
            }
            if (writenl != null) {
                text = text.replace("\n", writenl);
            }
            int[] cps = text.codePoints().toArray();
            int end = pos + cps.length;
            if (end > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
            }
            if (pos > length) {
                Arrays.fill(buf, length, pos, 0);
            }
            System.arraycopy(cps, 0, buf, pos, cps.length);
            pos = end;
            length = Math.max(length, end);
        }

        synchronized String read(long n) {
            int avail = Math.max(0, length - pos);
            int count = n < 0 || n > avail ? avail : (int) n;
            String s = new String(buf, Math.min(pos, length), count);
            pos += count;
            return s;
        }

        /** The next line (with its ending), at most {@code limit} code points when limit ≥ 0. */
        synchronized String readline(long limit) {
            if (pos >= length) {
                return "";
            }
            int end = length;
            if (limit >= 0 && limit < end - pos) {
                end = pos + (int) limit;
            }
            int stop = end;
            for (int i = pos; i < end; i++) {
                int c = buf[i];
                if (universal) {
                    if (c == '\n') {
                        stop = i + 1;
                        break;
                    } else if (c == '\r') {
                        stop = i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                        break;
                    }
                } else if (c == readnl.charAt(0)) {
                    if (readnl.length() == 1) {
                        stop = i + 1;
                        break;
                    } else if (i + 1 < end && buf[i + 1] == readnl.charAt(1)) {
                        stop = i + 2;
                        break;
                    }
                }
            }
            String s = new String(buf, pos, stop - pos);
            pos = stop;
            return s;
        }
    }

    static PyException closed() {
        return Exceptions.valueError("I/O operation on closed file");
    }

    private static StringIOObject self(Object o) {
        return ((StringIOObject) o).ready();
    }

    static {
        PyType t = TYPE;
        MethodDescriptor.define(t, "__init__", "initial_value='', newline=?", (self, a) -> {
            ((StringIOObject) self).init(a[0], a[1] == null ? PyStr.of("\n") : a[1]);
            return Py.None;
        });
        MethodDescriptor.define(t, "getvalue", "", (self, a) -> {
            StringIOObject s = self(self);
            return PyStr.of(new String(s.buf, 0, s.length));
        });
        MethodDescriptor.define(t, "read", "size=-1, /", (self, a) -> PyStr.of(self(self).read(IOBase.size(a[0]))));
        MethodDescriptor.define(t, "readline", "size=-1, /", (self, a) -> PyStr.of(self(self).readline(IOBase.size(a[0]))));
        MethodDescriptor.define(t, "write", "s, /", (self, a) -> {
            StringIOObject s = self(self);
            if (!(a[0] instanceof PyStr text)) {
                throw Exceptions.typeError("string argument expected, got '" + Py.typeOf(a[0]).name() + "'");
            }
            if (!text.value().isEmpty()) {
                s.write(text.value());
            }
            return (long) text.codePointLength();
        });
        MethodDescriptor.define(t, "tell", "", (self, a) -> (long) self(self).pos);
        MethodDescriptor.define(t, "seek", "pos, whence=0, /", (self, a) -> {
            StringIOObject s = self(self);
            long pos = Ops.indexAsInt(a[0]);
            long whence = Ops.indexAsInt(a[1]);
            if (whence < 0 || whence > 2) {
                throw Exceptions.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            } else if (pos < 0 && whence == 0) {
                throw Exceptions.valueError("Negative seek position " + pos);
            } else if (whence != 0 && pos != 0) {
                throw Exceptions.error(Exceptions.OS_ERROR, "Can't do nonzero cur-relative seeks");
            }
            if (whence == 2) {
                pos = s.length;
            } else if (whence == 1) {
                pos = s.pos;
            }
            if (pos > Integer.MAX_VALUE - 8) {
                throw Exceptions.overflowError("new position too large");
            }
            s.pos = (int) pos;
            return pos;
        });
        MethodDescriptor.define(t, "truncate", "pos=None, /", (self, a) -> {
            StringIOObject s = self(self);
            long size = a[0] == Py.None ? s.pos : Ops.indexAsInt(a[0]);
            if (size < 0) {
                throw Exceptions.valueError("Negative size value " + size);
            }
            if (size < s.length) {
                s.length = (int) size;
            }
            return size;
        });
        for (String what : new String[] {"readable", "writable", "seekable"}) {
            MethodDescriptor.define(t, what, "", (self, a) -> {
                self(self);
                return Boolean.TRUE;
            });
        }
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            StringIOObject s = (StringIOObject) self;
            s.closed = true;
            s.buf = new int[0];
            s.length = 0;
            return Py.None;
        });
        MethodDescriptor.define(t, "__next__", "", (self, a) -> {
            Object line;
            if (Py.typeOf(self) == TYPE) {
                line = PyStr.of(self(self).readline(-1));
            } else {
                line = IOBase.call(self, "readline");
                if (!(line instanceof PyStr)) {
                    throw Exceptions.error(Exceptions.OS_ERROR,
                        "readline() should have returned a str object, not '" + Py.typeOf(line).name() + "'");
                }
            }
            if (((PyStr) line).value().isEmpty()) {
                throw Exceptions.stopIteration(Py.None);
            }
            return line;
        });
        GetSetDescriptor.define(t, "closed", self -> {
            StringIOObject s = (StringIOObject) self;
            if (!s.initialized) {
                throw IOBase.uninitialized();
            }
            return Py.bool(s.closed);
        });
        GetSetDescriptor.define(t, "line_buffering", self -> {
            self(self);
            return Boolean.FALSE;
        });
        GetSetDescriptor.define(t, "newlines", self -> {
            StringIOObject s = self(self);
            return s.decoder == null ? Py.None : s.decoder.newlines();
        });
        MethodDescriptor.define(t, "__getstate__", "", (self, a) -> {
            StringIOObject s = self(self);
            Object dict = Ops.getAttrOrNull(self, "__dict__");
            Object dictCopy = dict instanceof PyDict d && d.size() > 0 ? Ops.call(Ops.getAttr(d, "copy")) : Py.None;
            return PyTuple.of(PyStr.of(new String(s.buf, 0, s.length)), s.readnl == null ? Py.None : PyStr.of(s.readnl),
                (long) s.pos, dictCopy);
        });
        MethodDescriptor.define(t, "__setstate__", "state, /", (self, a) -> {
            StringIOObject s = (StringIOObject) self;
            if (s.closed) {
                throw closed();
            }
            if (!(a[0] instanceof PyTuple st) || st.size() < 4) {
                throw Exceptions.typeError(Py.typeOf(self).name() + ".__setstate__ argument should be 4-tuple, got "
                    + Py.typeOf(a[0]).name());
            }
            s.init(Py.None, st.get(1));
            if (!(st.get(0) instanceof PyStr value)) {
                throw Exceptions.typeError("initial_value must be str or None, not " + Py.typeOf(st.get(0)).name());
            }
            s.buf = value.value().codePoints().toArray();
            s.length = s.buf.length;
            long pos = Ops.indexAsInt(st.get(2));
            if (pos < 0) {
                throw Exceptions.valueError("position value cannot be negative");
            }
            s.pos = (int) pos;
            if (st.get(3) != Py.None) {
                if (!(st.get(3) instanceof PyDict d)) {
                    throw Exceptions.typeError("fourth item of state should be a dict, got a "
                        + Py.typeOf(st.get(3)).name());
                }
                Object mine = Ops.getAttr(self, "__dict__");
                Ops.call(Ops.getAttr(mine, "update"), d);
            }
            return Py.None;
        });
    }
}
