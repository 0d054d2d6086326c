package taipan.modules.io;

import taipan.runtime.BufferProtocol;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * {@code _io._BytesIOBuffer}: the exporter behind {@code BytesIO.getbuffer()}, the
 * {@code obj} of the memoryview it returns. Each export is a writable view of the stream's
 * current contents; while any is held, the BytesIO refuses to be written or resized
 * (BufferError "Existing exports of data: object cannot be re-sized").
 */
final class BytesIOBuffer extends PyObject implements BufferProtocol.Exporter {
    static final PyType TYPE = BuiltinTypes.builtin("_BytesIOBuffer", BuiltinTypes.OBJECT, null);

    static {
        TYPE.define("__module__", PyStr.of("_io"));
        TYPE.acceptsSubclasses = false;
    }

    private final BytesIOType.BytesIOObject stream;

    BytesIOBuffer(BytesIOType.BytesIOObject stream) {
        super(TYPE);
        this.stream = stream;
    }

    @Override
    public BufferProtocol.Buffer getBuffer() {
        return stream.exports.track(BufferProtocol.Buffer.ofBytes(this, stream.buf, 0, stream.length, false, null));
    }
}
