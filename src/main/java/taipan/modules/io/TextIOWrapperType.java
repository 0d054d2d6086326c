package taipan.modules.io;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyType;

/**
 * {@code _io.TextIOWrapper}: text over a buffered binary stream. Reading decodes chunks of
 * {@code _CHUNK_SIZE} bytes (from {@code read1} when the buffer has it) and keeps the decoded
 * text; with newline None or "" an {@link NewlineDecoder} tracks (and for None translates) line
 * endings. Writing translates "\n" to the newline argument (or leaves it for ""), encodes, and
 * collects bytes until a chunk is full, a line ends on a line-buffered stream, or
 * {@code write_through}. {@code tell()} returns CPython's cookie: the byte position of a point
 * where the decoder had no pending state, plus (in higher bits) the decoder flags, the bytes to
 * feed and the characters to skip from there; for stateless encodings at a clean point it is
 * just the byte position. Reads and writes hold the object's lock (Taipan has no GIL), taking
 * the buffer's lock inside it, never the other way round.
 */
final class TextIOWrapperType {
    private TextIOWrapperType() {}

    static final PyType TYPE = IOBase.type("TextIOWrapper", IOBase.TEXT_IOBASE, TextIO::new);

    static final class TextIO extends IOBase.IOObject implements taipan.modules.FileTable.Unflushed {
        Object buffer;
        /** The table holding this stream while it has encoded text not yet given to the buffer, or null. */
        taipan.modules.FileTable heldBy;
        boolean initialized;
        boolean detached;
        String encoding;
        String errors;
        /** The newline argument (null for None). */
        String readnl;
        boolean readUniversal;
        boolean readTranslate;
        boolean writeTranslate;
        String writenl;
        boolean lineBuffering;
        boolean writeThrough;
        boolean seekable;
        boolean telling;
        boolean hasRead1;
        int chunkSize = 8192;
        TextCodec.Decoder decoder;
        NewlineDecoder newlines;
        TextCodec.Encoder encoder;
        /** Decoded text not yet returned from {@link #decodedPos} on; null when none was decoded. */
        String decoded;
        int decodedPos;
        /** Decoder flags and the bytes fed since, when the last chunk was read (for tell); null when unknown. */
        byte[] snapshotInput;
        long snapshotFlags;
        /** Bytes per decoded character in the last chunk (the first guess of tell()). */
        double bytesPerChar;
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        TextIO(PyType type) {
            super(type);
        }

        TextIO ready() {
            if (!initialized) {
                throw IOBase.uninitialized();
            }
            if (detached) {
                throw Exceptions.valueError("underlying buffer has been detached");
            }
            return this;
        }

        TextIO open() {
            ready();
            boolean closed = buffer instanceof BufferedType.Buffered b && Py.typeOf(this) == TYPE
                ? b.ready().rawClosed() : IOBase.isClosed(this);
            if (closed) {
                throw IOBase.closedFile();
            }
            return this;
        }

        // ---- decoding -------------------------------------------------------------

        String decode(byte[] input, boolean last) {
            String s = decoder.decode(input, last);
            return newlines == null ? s : newlines.decodeText(s, last);
        }

        long decoderFlags() {
            long f = decoder.flags();
            return newlines == null ? f : f << 1 | (newlines.pendingCr ? 1 : 0);
        }

        void setDecoderState(byte[] held, long flags) {
            if (newlines != null) {
                newlines.pendingCr = (flags & 1) != 0;
                flags >>= 1;
            }
            decoder.setState(held, flags);
        }

        void resetDecoder() {
            decoder.reset();
            if (newlines != null) {
                newlines.pendingCr = false;
                newlines.seen = 0;
            }
        }

        TextIO readableOrFail() {
            if (decoder == null) {
                throw IOBase.unsupported("not readable");
            }
            return this;
        }

        int available() {
            return decoded == null ? 0 : decoded.length() - decodedPos;
        }

        /** Reads and decodes one chunk; false at end of input. */
        synchronized boolean readChunk() {
            byte[] held = null;
            long flags = 0;
            if (telling) {
                held = decoder.pending();
                flags = decoderFlags();
            }
            byte[] input = readRaw(chunkSize);
            boolean eof = input.length == 0;
            decoded = decode(input, eof);
            decodedPos = 0;
            int chars = decoded.codePointCount(0, decoded.length());
            bytesPerChar = chars > 0 ? (double) input.length / chars : 0.0;
            if (telling) {
                byte[] next = new byte[held.length + input.length];
                System.arraycopy(held, 0, next, 0, held.length);
                System.arraycopy(input, 0, next, held.length, input.length);
                snapshotInput = next;
                snapshotFlags = flags;
            }
            return !eof;
        }

        private byte[] readRaw(int n) {
            String how = hasRead1 ? "read1" : "read";
            Object r;
            if (buffer instanceof BufferedType.Buffered b && Py.typeOf(b) == BufferedType.READER) {
                r = new PyBytes(b.open("read of closed file").read1(n));
            } else {
                r = IOBase.call(buffer, how, (long) n);
            }
            if (r instanceof PyBytes bytes) {
                return bytes.bytes;
            }
            if (r == Py.None) {
                return new byte[0];
            }
            try {
                return IOBase.bytesLike(r);
            } catch (PyException e) {
                throw Exceptions.typeError("underlying " + how + "() should have returned a bytes-like object, not '"
                    + Py.typeOf(r).name() + "'");
            }
        }

        String take(int codePoints) {
            int end = decoded.offsetByCodePoints(decodedPos, Math.min(codePoints,
                decoded.codePointCount(decodedPos, decoded.length())));
            String s = decoded.substring(decodedPos, end);
            decodedPos = end;
            return s;
        }

        synchronized String read(long n) {
            writeFlush();
            if (n < 0) {
                Object r = IOBase.call(buffer, "read");
                byte[] input = r == Py.None ? new byte[0] : IOBase.bytesLike(r);
                String rest = decoded == null ? "" : decoded.substring(decodedPos);
                String out = rest + decode(input, true);
                decoded = null;
                decodedPos = 0;
                snapshotInput = null;
                return out;
            }
            StringBuilder sb = new StringBuilder();
            long got = 0;
            while (got < n) {
                if (available() > 0) {
                    String s = take((int) Math.min(n - got, Integer.MAX_VALUE));
                    sb.append(s);
                    got += s.codePointCount(0, s.length());
                    continue;
                }
                if (!readChunk() && available() == 0) {
                    break;
                }
            }
            return sb.toString();
        }

        synchronized String readline(long limit) {
            writeFlush();
            StringBuilder sb = new StringBuilder();
            long count = 0;
            while (limit < 0 || count < limit) {
                if (available() == 0) {
                    if (!readChunk() && available() == 0) {
                        break;
                    }
                    continue;
                }
                int end = -1;
                if (readnl != null && readnl.equals("\r\n") && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r'
                    && decoded.charAt(decodedPos) == '\n') {
                    end = decodedPos + 1;
                } else {
                    end = lineEnd();
                }
                int stop = end < 0 ? decoded.length() : end;
                if (limit >= 0) {
                    int cps = decoded.codePointCount(decodedPos, stop);
                    if (count + cps > limit) {
                        stop = decoded.offsetByCodePoints(decodedPos, (int) (limit - count));
                        end = stop;
                    }
                }
                String part = decoded.substring(decodedPos, stop);
                sb.append(part);
                count += part.codePointCount(0, part.length());
                decodedPos = stop;
                if (end >= 0) {
                    break;
                }
            }
            return sb.toString();
        }

        /** The index just after the first line ending in the decoded text from the position, or -1. */
        private int lineEnd() {
            if (readTranslate || "\n".equals(readnl)) {
                int i = decoded.indexOf('\n', decodedPos);
                return i < 0 ? -1 : i + 1;
            }
            if (readUniversal) {
                for (int i = decodedPos; i < decoded.length(); i++) {
                    char c = decoded.charAt(i);
                    if (c == '\n') {
                        return i + 1;
                    } else if (c == '\r') {
                        return i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                }
                return -1;
            }
            int i = decoded.indexOf(readnl, decodedPos);
            return i < 0 ? -1 : i + readnl.length();
        }

        // ---- encoding ------------------------------------------------------------

        synchronized long write(PyStr s) {
            if (encoder == null) {
                throw IOBase.unsupported("not writable");
            }
            String text = s.value();
            boolean hasLf = (writeTranslate || lineBuffering) && text.indexOf('\n') >= 0;
            if (hasLf && writeTranslate && !writenl.equals("\n")) {
                text = text.replace("\n", writenl);
            }
            boolean needFlush = lineBuffering && (hasLf || text.indexOf('\r') >= 0);
            byte[] bytes = encoder.encode(text);
            if (pending.size() + bytes.length > chunkSize) {
                writeFlush();
            }
            pending.writeBytes(bytes);
            if (pending.size() >= chunkSize || needFlush || writeThrough) {
                writeFlush();
            } else if (heldBy == null && pending.size() > 0) {
                heldBy = taipan.modules.FileTable.current();
                heldBy.holdUnflushed(this);
            }
            if (needFlush) {
                IOBase.call(buffer, "flush");
            }
            if (decoded != null || snapshotInput != null) {
                decoded = null;
                snapshotInput = null;
            }
            if (decoder != null) {
                resetDecoder();
            }
            return s.codePointLength();
        }

        synchronized void writeFlush() {
            if (pending.size() == 0) {
                return;
            }
            byte[] data = pending.toByteArray();
            pending.reset();
            if (heldBy != null) {
                heldBy.flushed(this);
                heldBy = null;
            }
            if (buffer instanceof BufferedType.Buffered b && Py.typeOf(b) == BufferedType.WRITER) {
                b.open("write to closed file").write(data);
            } else {
                IOBase.call(buffer, "write", new PyBytes(data));
            }
        }

        @Override
        public void flushPending() {
            heldBy = null;
            if (initialized && !detached && pending.size() > 0) {
                writeFlush();
                if (buffer instanceof taipan.modules.FileTable.Unflushed b) {
                    b.flushPending();
                }
            }
        }

        @Override
        public java.nio.file.Path path() {
            return buffer instanceof taipan.modules.FileTable.Unflushed b ? b.path() : null;
        }

        void flush() {
            open();
            telling = seekable;
            writeFlush();
            IOBase.call(buffer, "flush");
        }

        // ---- positions -----------------------------------------------------------

        Object tell() {
            open();
            if (!seekable) {
                throw IOBase.unsupported("underlying stream is not seekable");
            }
            if (!telling) {
                throw Exceptions.error(Exceptions.OS_ERROR, "telling position disabled by next() call");
            }
            IOBase.call(this, "flush");
            long position = Ops.indexAsInt(IOBase.call(buffer, "tell"));
            if (decoder == null || snapshotInput == null) {
                return position;
            }
            byte[] next = snapshotInput;
            long flags = snapshotFlags;
            position -= next.length;
            int skip = decoded == null ? 0 : decoded.codePointCount(0, decodedPos);
            if (skip == 0) {
                return cookie(position, flags, 0, false, 0);
            }
            byte[] savedHeld = decoder.pending();
            long savedFlags = decoderFlags();
            int savedSeen = newlines == null ? 0 : newlines.seen;
            try {
                // first guess a start point from the bytes-per-character ratio of the last chunk
                int skipBytes = (int) (bytesPerChar * skip);
                int skipBack = 1;
                while (skipBytes > 0) {
                    setDecoderState(new byte[0], flags);
                    String out = decode(java.util.Arrays.copyOf(next, Math.min(skipBytes, next.length)), false);
                    int chars = out.codePointCount(0, out.length());
                    if (chars <= skip) {
                        if (decoder.pending().length == 0) {
                            flags = decoderFlags();
                            skip -= chars;
                            break;
                        }
                        skipBytes -= decoder.pending().length;
                        skipBack = 1;
                    } else {
                        skipBytes -= skipBack;
                        skipBack *= 2;
                    }
                }
                if (skipBytes <= 0) {
                    skipBytes = 0;
                    setDecoderState(new byte[0], flags);
                }
                long startPos = position + skipBytes;
                if (skip == 0) {
                    return cookie(startPos, flags, 0, false, 0);
                }
                // then feed one byte at a time, remembering the last point where the decoder held nothing
                int fed = 0;
                int chars = 0;
                int i = skipBytes;
                for (; i < next.length; i++) {
                    String out = decode(new byte[] {next[i]}, false);
                    chars += out.codePointCount(0, out.length());
                    fed++;
                    if (decoder.pending().length == 0 && chars <= skip) {
                        startPos += fed;
                        skip -= chars;
                        flags = decoderFlags();
                        fed = 0;
                        chars = 0;
                    }
                    if (chars >= skip) {
                        break;
                    }
                }
                boolean needEof = false;
                if (i >= next.length) {
                    String out = decode(new byte[0], true);
                    chars += out.codePointCount(0, out.length());
                    needEof = true;
                    if (chars < skip) {
                        throw Exceptions.error(Exceptions.OS_ERROR, "can't reconstruct logical file position");
                    }
                }
                return cookie(startPos, flags, fed, needEof, skip);
            } finally {
                setDecoderState(savedHeld, savedFlags);
                if (newlines != null) {
                    newlines.seen = savedSeen;
                }
            }
        }

        Object seek(Object cookieArg, long whence) {
            open();
            if (!seekable) {
                throw IOBase.unsupported("underlying stream is not seekable");
            }
            Object cookieObj = cookieArg;
            if (whence == 1) {
                if (!Ops.eq(Ops.index(cookieObj), 0L)) {
                    throw IOBase.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = IOBase.call(this, "tell");
            } else if (whence == 2) {
                if (!Ops.eq(Ops.index(cookieObj), 0L)) {
                    throw IOBase.unsupported("can't do nonzero end-relative seeks");
                }
                IOBase.call(this, "flush");
                decoded = null;
                snapshotInput = null;
                if (decoder != null) {
                    resetDecoder();
                }
                Object pos = IOBase.call(buffer, "seek", 0L, 2L);
                if (encoder != null) {
                    if (Ops.eq(pos, 0L)) {
                        encoder.reset();
                    } else {
                        encoder.continuing();
                    }
                }
                return pos;
            } else if (whence != 0) {
                throw Exceptions.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            Object ix = Ops.index(cookieObj);
            BigInteger c = ix instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) ix;
            if (c.signum() < 0) {
                throw Exceptions.valueError("negative seek position " + Ops.reprString(cookieObj));
            }
            IOBase.call(this, "flush");
            long startPos = c.longValue();
            long flags = c.shiftRight(64).intValue();
            int feed = c.shiftRight(96).intValue();
            int skip = c.shiftRight(128).intValue();
            boolean needEof = c.testBit(160);
            IOBase.call(buffer, "seek", startPos);
            decoded = null;
            decodedPos = 0;
            snapshotInput = null;
            if (decoder != null) {
                if (c.signum() == 0) {
                    resetDecoder();
                } else {
                    setDecoderState(new byte[0], flags);
                    snapshotFlags = flags;
                    snapshotInput = new byte[0];
                }
            }
            if (skip > 0) {
                Object r = IOBase.call(buffer, "read", (long) feed);
                byte[] input = IOBase.bytesLike(r);
                decoded = decode(input, needEof);
                snapshotFlags = flags;
                snapshotInput = input;
                if (decoded.codePointCount(0, decoded.length()) < skip) {
                    throw Exceptions.error(Exceptions.OS_ERROR, "can't restore logical file position");
                }
                decodedPos = decoded.offsetByCodePoints(0, skip);
            }
            if (encoder != null) {
                if (c.signum() == 0) {
                    encoder.reset();
                } else {
                    encoder.continuing();
                }
            }
            return cookieArg instanceof Long || cookieArg instanceof BigInteger ? cookieArg : ix;
        }
    }

    /** CPython's cookie layout: start position (64 bits), decoder flags, bytes to feed, chars to skip (32 each), need-EOF. */
    private static Object cookie(long pos, long flags, int feed, boolean needEof, int skip) {
        if (flags == 0 && feed == 0 && !needEof && skip == 0) {
            return pos;
        }
        BigInteger c = BigInteger.valueOf(pos).or(BigInteger.valueOf(flags & 0xFFFFFFFFL).shiftLeft(64))
            .or(BigInteger.valueOf(feed).shiftLeft(96)).or(BigInteger.valueOf(skip).shiftLeft(128));
        if (needEof) {
            c = c.setBit(160);
        }
        return Py.newInt(c);
    }

    static TextIO self(Object o) {
        return ((TextIO) o).ready();
    }

    static String optionalStr(Object o, String what) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Exceptions.typeError("TextIOWrapper() argument '" + what + "' must be str or None, not " + Py.typeOf(o).name());
    }

    static void checkNewline(String nl) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Exceptions.valueError("illegal newline value: " + nl);
        }
    }

    static void setNewline(TextIO t, String nl) {
        t.readnl = nl;
        t.readUniversal = nl == null || nl.isEmpty();
        t.readTranslate = nl == null;
        t.writeTranslate = nl == null || !nl.isEmpty();
        t.writenl = nl == null || nl.isEmpty() ? "\n" : nl;
    }

    static void resetCodecs(TextIO t) {
        t.decoder = null;
        t.newlines = null;
        t.encoder = null;
        if (Ops.isTrue(IOBase.call(t.buffer, "readable"))) {
            t.decoder = TextCodec.decoder(t.encoding, t.errors);
            if (t.readUniversal) {
                t.newlines = new NewlineDecoder(null, t.readTranslate);
            }
        }
        if (Ops.isTrue(IOBase.call(t.buffer, "writable"))) {
            t.encoder = TextCodec.encoder(t.encoding, t.errors);
            if (t.seekable) {
                Object pos = IOBase.call(t.buffer, "tell");
                if (!Ops.eq(pos, 0L)) {
                    t.encoder.continuing();
                }
            }
        }
    }

    static void init(TextIO t, Object buffer, Object encodingArg, Object errorsArg, Object newlineArg,
                     boolean lineBuffering, boolean writeThrough) {
        t.initialized = false;
        String encoding = optionalStr(encodingArg, "encoding");
        String errors = optionalStr(errorsArg, "errors");
        String nl = optionalStr(newlineArg, "newline");
        checkNewline(nl);
        if (encoding == null || encoding.equals("locale")) {
            encoding = "UTF-8";
        }
        if (TextCodec.javaCodec(encoding) == null) {
            TextCodec.lookup(encoding);
        }
        t.buffer = buffer;
        t.detached = false;
        t.encoding = encoding;
        t.errors = errors == null ? "strict" : errors;
        setNewline(t, nl);
        t.lineBuffering = lineBuffering;
        t.writeThrough = writeThrough;
        t.chunkSize = 8192;
        t.decoded = null;
        t.decodedPos = 0;
        t.snapshotInput = null;
        t.pending.reset();
        t.seekable = Ops.isTrue(IOBase.call(buffer, "seekable"));
        t.telling = t.seekable;
        t.hasRead1 = Ops.getAttrOrNull(buffer, "read1") != null;
        resetCodecs(t);
        t.initialized = true;
    }

    static {
        TextIOWrapperMethods.install(TYPE);
    }
}
