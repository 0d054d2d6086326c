package taipan.modules.io;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * The {@code _io} module that {@code io} re-exports: the abstract bases ({@link IOBase}),
 * StringIO, BytesIO, IncrementalNewlineDecoder, {@code DEFAULT_BUFFER_SIZE},
 * {@code UnsupportedOperation} and {@code BlockingIOError}.
 */
public final class IoModule {
    private IoModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_io");
        put(m, "DEFAULT_BUFFER_SIZE", (long) IOBase.DEFAULT_BUFFER_SIZE);
        put(m, "UnsupportedOperation", IOBase.UNSUPPORTED_OPERATION);
        put(m, "BlockingIOError", Exceptions.BLOCKING_IO_ERROR);
        for (PyType t : new PyType[] {IOBase.IOBASE, IOBase.RAW_IOBASE, IOBase.BUFFERED_IOBASE, IOBase.TEXT_IOBASE,
            StringIOType.TYPE, BytesIOType.TYPE, NewlineDecoder.TYPE, FileIOType.TYPE, BufferedType.READER,
            BufferedType.WRITER, BufferedType.RANDOM, BufferedType.RWPAIR}) {
            put(m, t.name(), t);
        }
        return m;
    }

    static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    static void fn(PyModule m, String name, String spec, BuiltinFunction.Body body) {
        put(m, name, BuiltinFunction.of("_io", name, spec, body));
    }
}
