package taipan.modules;

import java.util.ArrayList;
import java.util.List;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code zlib} module of Python 3.11 on the JDK's deflate (see {@link ZlibStreams} for
 * the wrappers and what differs from CPython's output): compress, decompress, compressobj
 * and decompressobj (zlib.Compress / zlib.Decompress objects with copy), crc32, adler32,
 * the constants, and zlib.error with zlib's "Error N while ...: message" texts.
 *
 * <p>{@code copy()} replays the calls made so far on a new stream (the JDK cannot clone a
 * deflate state), so each object keeps its input; past {@link #COPY_HISTORY_LIMIT} bytes it
 * stops keeping it and copy() raises zlib.error.
 */
public final class ZlibModule {
    private ZlibModule() {}

    public static final PyType ERROR = BuiltinTypes.builtin("error", Exceptions.EXCEPTION, null);
    public static final PyType COMPRESS = BuiltinTypes.builtin("Compress", BuiltinTypes.OBJECT, null);
    public static final PyType DECOMPRESS = BuiltinTypes.builtin("Decompress", BuiltinTypes.OBJECT, null);
    /** The zlib bundled with the JDK 25 builds Taipan runs on. */
    static final String ZLIB_VERSION = "1.3.2";
    static final int COPY_HISTORY_LIMIT = 32 << 20;
    private static final int DEF_BUF_SIZE = 16384;

    /** The calls made on a stream so far, for copy(): inputs (byte[]) and flush modes / output limits (Integer). */
    static final class History {
        final List<Object> calls = new ArrayList<>();
        long bytes;
        boolean dropped;

        void add(Object call) {
            if (dropped) {
                return;
            }
            if (call instanceof byte[] b) {
                bytes += b.length;
                if (bytes > COPY_HISTORY_LIMIT) {
                    dropped = true;
                    calls.clear();
                    return;
                }
            }
            calls.add(call);
        }

        void checkCopyable() {
            if (dropped) {
                throw Exceptions.error(ERROR, "copy() is unavailable after " + (COPY_HISTORY_LIMIT >> 20)
                    + " MiB of input on this stream");
            }
        }
    }

    static final class CompressObject extends PyObject {
        final ZlibStreams.Compressor stream;
        final History history = new History();

        CompressObject(ZlibStreams.Compressor stream) {
            super(COMPRESS);
            this.stream = stream;
        }
    }

    static final class DecompressObject extends PyObject {
        final ZlibStreams.Decompressor stream;
        final History history = new History();
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];
        boolean closed;

        DecompressObject(ZlibStreams.Decompressor stream) {
            super(DECOMPRESS);
            this.stream = stream;
        }

        /** decompress(data, max_length), also recording the call for copy(). */
        byte[] decompress(byte[] data, int maxLength) {
            history.add(data);
            history.add(maxLength);
            if (closed) {
                throw error(-2, "while decompressing data", "inconsistent stream state");
            }
            boolean hadTail = unconsumedTail.length > 0;
            byte[] out = stream.decompress(data, maxLength);
            unconsumedTail = stream.unconsumed;
            if (stream.unused.length > 0) {
                unusedData = concat(unusedData, stream.unused);
                if (hadTail) {
                    // CPython then keeps the input after the end of the stream as the tail too
                    unconsumedTail = stream.unused;
                }
            }
            return out;
        }
    }

    static {
        ERROR.instancesHaveDict = true;
        ERROR.define("__module__", PyStr.of("zlib"));
        for (PyType t : new PyType[] {COMPRESS, DECOMPRESS}) {
            t.acceptsSubclasses = false;
            t.define("__module__", PyStr.of("zlib"));
            t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
                BuiltinFunction.of("zlib", t.name() + ".__new__", "cls, *args, **kwargs", (s, a) -> {
                    throw Exceptions.typeError("cannot create 'zlib." + t.name() + "' instances");
                })));
        }
        installCompress();
        installDecompress();
    }

    /** zlib.error "Error CODE WHILE[: MESSAGE]". */
    static PyException error(int code, String what, String message) {
        return Exceptions.error(ERROR, "Error " + code + " " + what + (message == null ? "" : ": " + message));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    public static PyModule create() {
        PyModule m = new PyModule("zlib");
        put(m, "error", ERROR);
        put(m, "MAX_WBITS", 15L);
        put(m, "DEFLATED", 8L);
        put(m, "DEF_MEM_LEVEL", 8L);
        put(m, "DEF_BUF_SIZE", (long) DEF_BUF_SIZE);
        put(m, "Z_NO_COMPRESSION", 0L);
        put(m, "Z_BEST_SPEED", 1L);
        put(m, "Z_BEST_COMPRESSION", 9L);
        put(m, "Z_DEFAULT_COMPRESSION", -1L);
        put(m, "Z_NO_FLUSH", 0L);
        put(m, "Z_PARTIAL_FLUSH", 1L);
        put(m, "Z_SYNC_FLUSH", 2L);
        put(m, "Z_FULL_FLUSH", 3L);
        put(m, "Z_FINISH", 4L);
        put(m, "Z_BLOCK", 5L);
        put(m, "Z_TREES", 6L);
        put(m, "Z_DEFAULT_STRATEGY", 0L);
        put(m, "Z_FILTERED", 1L);
        put(m, "Z_HUFFMAN_ONLY", 2L);
        put(m, "Z_RLE", 3L);
        put(m, "Z_FIXED", 4L);
        put(m, "ZLIB_VERSION", PyStr.of(ZLIB_VERSION));
        put(m, "ZLIB_RUNTIME_VERSION", PyStr.of(ZLIB_VERSION));
        fn(m, "crc32", "data, value=0, /", a ->
            BinasciiModule.crc32(Buffers.read(a[0]), (int) unsigned32(a[1])) & 0xFFFFFFFFL);
        fn(m, "adler32", "data, value=1, /", a -> adler32(Buffers.read(a[0]), unsigned32(a[1])));
        fn(m, "compress", "data, /, level=-1, wbits=15", a -> {
            byte[] data = Buffers.read(a[0]);
            ZlibStreams.Compressor c = compressor(cInt(a[1]), 8, cInt(a[2]), 8, 0, null, false);
            return new PyBytes(c.compressAll(data));
        });
        fn(m, "decompress", "data, /, wbits=15, bufsize=16384", a -> {
            byte[] data = Buffers.read(a[0]);
            int wbits = cInt(a[1]);
            if (ssize(a[2]) < 0) {
                throw Exceptions.valueError("bufsize must be non-negative");
            }
            ZlibStreams.Decompressor d = decompressor(wbits, null);
            if (d == null) {
                throw error(-2, "while preparing to decompress data", "inconsistent stream state");
            }
            byte[] out = d.decompress(data, 0);
            if (!d.eof()) {
                throw error(-5, "while decompressing data", "incomplete or truncated stream");
            }
            return new PyBytes(out);
        });
        fn(m, "compressobj", "level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None", a -> {
            byte[] zdict = null;
            if (a[5] != Py.None) {
                zdict = Buffers.readOrNull(a[5]);
                if (zdict == null) {
                    throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(a[5]).name() + "'");
                }
            }
            return new CompressObject(compressor(cInt(a[0]), cInt(a[1]), cInt(a[2]),
                cInt(a[3]), cInt(a[4]), zdict, true));
        });
        fn(m, "decompressobj", "wbits=15, zdict=?", a -> {
            byte[] zdict = a[1] == null ? new byte[0] : Buffers.readOrNull(a[1]);
            if (zdict == null) {
                throw Exceptions.typeError("zdict argument must support the buffer protocol");
            }
            ZlibStreams.Decompressor d = decompressor(cInt(a[0]), zdict.length == 0 ? null : zdict);
            if (d == null) {
                throw Exceptions.valueError("Invalid initialization option");
            }
            return new DecompressObject(d);
        });
        return m;
    }

    /** A C int argument: OverflowError beyond its range, as CPython's conversion. */
    private static int cInt(Object o) {
        Object v = Ops.index(o);
        if (!(v instanceof Long l) || l != (int) (long) l) {
            throw Exceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    /** A Py_ssize_t argument. */
    private static long ssize(Object o) {
        Object v = Ops.index(o);
        if (!(v instanceof Long l)) {
            throw Exceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return l;
    }

    private static long unsigned32(Object o) {
        Object v = Ops.index(o);
        return (v instanceof Long l ? l : ((java.math.BigInteger) v).longValue()) & 0xFFFFFFFFL;
    }

    private static long adler32(byte[] data, long value) {
        long a = value & 0xFFFF;
        long b = value >>> 16;
        for (int i = 0; i < data.length; ) {
            int end = Math.min(data.length, i + 5552);
            for (; i < end; i++) {
                a += data[i] & 0xFF;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return b << 16 | a;
    }

    /**
     * A compression stream for the arguments; invalid ones raise zlib.error "Bad compression level"
     * (compress) or ValueError "Invalid initialization option" (compressobj), as CPython does.
     */
    private static ZlibStreams.Compressor compressor(int level, int method, int wbits, int memLevel, int strategy,
                                                     byte[] zdict, boolean object) {
        ZlibStreams.Container container;
        int window;
        if (wbits >= 8 && wbits <= 15) {
            container = ZlibStreams.Container.ZLIB;
            window = Math.max(wbits, 9);
        } else if (wbits >= -15 && wbits <= -9) {
            container = ZlibStreams.Container.RAW;
            window = -wbits;
        } else if (wbits >= 25 && wbits <= 31) {
            container = ZlibStreams.Container.GZIP;
            window = wbits - 16;
        } else {
            container = null;
            window = 0;
        }
        if (container == null || level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9
                || strategy < 0 || strategy > 4) {
            if (object) {
                throw Exceptions.valueError("Invalid initialization option");
            }
            throw Exceptions.error(ERROR, "Bad compression level");
        }
        if (zdict != null && container == ZlibStreams.Container.GZIP) {
            throw Exceptions.valueError("Invalid dictionary");
        }
        return new ZlibStreams.Compressor(container, window, level, strategy, zdict);

    }

    /** A decompression stream for {@code wbits}, or null when zlib would reject it. */
    private static ZlibStreams.Decompressor decompressor(int wbits, byte[] zdict) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
            return new ZlibStreams.Decompressor(ZlibStreams.Container.ZLIB, wbits, zdict);
        }
        if (wbits >= -15 && wbits <= -8) {
            return new ZlibStreams.Decompressor(ZlibStreams.Container.RAW, -wbits, zdict);
        }
        if (wbits == 16 || (wbits >= 24 && wbits <= 31)) {
            return new ZlibStreams.Decompressor(ZlibStreams.Container.GZIP, wbits - 16, zdict);
        }
        if (wbits == 32 || (wbits >= 40 && wbits <= 47)) {
            return new ZlibStreams.Decompressor(ZlibStreams.Container.AUTO, wbits - 32, zdict);
        }
        return null;
    }

    // ---- zlib.Compress ------------------------------------------------------------------

    private static void installCompress() {
        PyType t = COMPRESS;
        MethodDescriptor.define(t, "compress", "data, /", (self, a) -> {
            CompressObject c = (CompressObject) self;
            byte[] data = Buffers.read(a[0]);
            if (c.stream.finished) {
                throw error(-2, "while compressing data", "inconsistent stream state");
            }
            c.history.add(data);
            return new PyBytes(c.stream.compress(data));
        });
        MethodDescriptor.define(t, "flush", "mode=4, /", (self, a) -> {
            CompressObject c = (CompressObject) self;
            int mode = cInt(a[0]);
            if (mode == ZlibStreams.Z_NO_FLUSH) {
                return PyBytes.EMPTY;
            }
            if (c.stream.finished) {
                throw error(-2, "while flushing", "inconsistent stream state");
            }
            c.history.add(mode);
            return new PyBytes(c.stream.flush(mode));
        });
        for (String name : new String[] {"copy", "__copy__"}) {
            MethodDescriptor.define(t, name, "", (self, a) -> copyCompress((CompressObject) self));
        }
        MethodDescriptor.define(t, "__deepcopy__", "memo, /", (self, a) -> copyCompress((CompressObject) self));
    }

    private static CompressObject copyCompress(CompressObject c) {
        if (c.stream.finished) {
            throw Exceptions.valueError("Inconsistent stream state");
        }
        c.history.checkCopyable();
        ZlibStreams.Compressor s = c.stream;
        CompressObject copy = new CompressObject(new ZlibStreams.Compressor(s.container, s.window, s.level, s.strategy, s.zdict));
        for (Object call : c.history.calls) {
            copy.history.add(call);
            if (call instanceof byte[] data) {
                copy.stream.compress(data);
            } else {
                copy.stream.flush((Integer) call);
            }
        }
        return copy;
    }

    // ---- zlib.Decompress ----------------------------------------------------------------

    private static void installDecompress() {
        PyType t = DECOMPRESS;
        MethodDescriptor.define(t, "decompress", "data, /, max_length=0", (self, a) -> {
            DecompressObject d = (DecompressObject) self;
            byte[] data = Buffers.read(a[0]);
            long maxLength = ssize(a[1]);
            if (maxLength < 0) {
                throw Exceptions.valueError("max_length must be non-negative");
            }
            return new PyBytes(d.decompress(data, (int) Math.min(maxLength, Integer.MAX_VALUE)));
        });
        MethodDescriptor.define(t, "flush", "length=16384, /", (self, a) -> {
            DecompressObject d = (DecompressObject) self;
            if (ssize(a[0]) <= 0) {
                throw Exceptions.valueError("length must be greater than zero");
            }
            byte[] out = d.decompress(d.unconsumedTail, 0);
            if (d.stream.eof()) {
                d.closed = true;
            }
            return new PyBytes(out);
        });
        GetSetDescriptor.define(t, "unused_data", self -> new PyBytes(((DecompressObject) self).unusedData));
        GetSetDescriptor.define(t, "unconsumed_tail", self -> new PyBytes(((DecompressObject) self).unconsumedTail));
        GetSetDescriptor.define(t, "eof", self -> ((DecompressObject) self).stream.eof());
        for (String name : new String[] {"copy", "__copy__"}) {
            MethodDescriptor.define(t, name, "", (self, a) -> copyDecompress((DecompressObject) self));
        }
        MethodDescriptor.define(t, "__deepcopy__", "memo, /", (self, a) -> copyDecompress((DecompressObject) self));
    }

    private static DecompressObject copyDecompress(DecompressObject d) {
        if (d.closed) {
            throw Exceptions.valueError("Inconsistent stream state");
        }
        d.history.checkCopyable();
        DecompressObject copy = new DecompressObject(d.stream.fresh());
        List<Object> calls = d.history.calls;
        for (int i = 0; i < calls.size(); i += 2) {
            copy.decompress((byte[]) calls.get(i), (Integer) calls.get(i + 1));
        }
        return copy;
    }

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    private static void fn(PyModule m, String name, String spec, java.util.function.Function<Object[], Object> body) {
        put(m, name, BuiltinFunction.of("zlib", name, spec, (s, a) -> body.apply(a)));
    }
}
