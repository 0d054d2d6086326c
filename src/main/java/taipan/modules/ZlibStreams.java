package taipan.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import taipan.runtime.PyException;

/**
 * zlib compression and decompression streams on the JDK's raw deflate
 * ({@link Deflater}/{@link Inflater} with nowrap), with the zlib and gzip wrappers
 * (headers, Adler-32/CRC-32 trailers) written and checked here, so that every zlib
 * {@code wbits} form works: 9..15 zlib, -9..-15 raw, 25..31 gzip, and for decompression
 * 0 (window from the header), 16 and 24..31 gzip, 32 and 40..47 automatic zlib/gzip detection.
 *
 * <p>The JDK's deflate always uses a 32 KiB window; for a smaller {@code wbits}, once the input
 * (and zdict) outgrows that window the compressor switches to Huffman-only coding (no
 * back-references), so the output stays valid for a decoder with that window. The compressed
 * bytes then differ from CPython's zlib, as they do for memLevel
 * other than 8 and the strategies Z_RLE and Z_FIXED, which the JDK lacks (the default strategy
 * is used). Z_PARTIAL_FLUSH, Z_BLOCK and Z_TREES flush like Z_SYNC_FLUSH (the JDK has no
 * others). The decompressor does not reject distances beyond a smaller declared window.
 * Errors are zlib's: {@link ZlibModule#error} with zlib's code and message.
 */
final class ZlibStreams {
    private ZlibStreams() {}

    enum Container { ZLIB, RAW, GZIP, AUTO }

    static final int Z_NO_FLUSH = 0;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int Z_HUFFMAN_ONLY = 2;
    private static final int CHUNK = 16384;

    /** A compression stream: compress() and flush(mode) return the output produced so far. */
    static final class Compressor {
        final Container container;
        final int window;
        final int level;
        final int strategy;
        final byte[] zdict;
        private final Deflater deflater;
        private final Adler32 adler = new Adler32();
        private final CRC32 crc = new CRC32();
        private long totalIn;
        private boolean headerWritten;
        /** Whether the input has outgrown a window smaller than the JDK's, so matches are no longer made. */
        private boolean huffmanOnly;
        boolean finished;

        Compressor(Container container, int window, int level, int strategy, byte[] zdict) {
            this.container = container;
            this.window = window;
            this.level = level;
            this.strategy = strategy;
            this.zdict = zdict;
            this.deflater = new Deflater(level, true);
            if (strategy != 0 && strategy <= Z_HUFFMAN_ONLY) {
                deflater.setStrategy(strategy);
                // the JDK applies a new strategy in a deflate call of its own, which produces nothing yet
                deflater.setInput(new byte[0]);
                deflater.deflate(new byte[CHUNK], 0, CHUNK, Deflater.NO_FLUSH);
            }
            if (zdict != null) {
                deflater.setDictionary(zdict);
            }
        }

        byte[] compress(byte[] data) {
            return run(data, Z_NO_FLUSH);
        }

        /** flush(mode) for a mode other than Z_NO_FLUSH. */
        byte[] flush(int mode) {
            return run(new byte[0], mode);
        }

        /** compress(data) then flush(Z_FINISH) in one deflate call, as zlib.compress does. */
        byte[] compressAll(byte[] data) {
            return run(data, Z_FINISH);
        }

        /**
         * Deflates {@code data} with zlib flush {@code mode} into output blocks of the sizes CPython
         * uses (32 KiB, 64 KiB, 256 KiB, ...): stored blocks (level 0) are cut at the end of the output
         * space, so this makes their layout the same as CPython's.
         */
        private byte[] run(byte[] data, int mode) {
            OutputBlocks out = new OutputBlocks();
            if (!headerWritten) {
                headerWritten = true;
                out.writeAll(header());
            }
            if (window < 15 && !huffmanOnly
                    && (zdict == null ? 0 : zdict.length) + totalIn + data.length > (1L << window)) {
                // from here on, back-references could reach beyond the declared window
                huffmanOnly = true;
                deflater.setStrategy(Deflater.HUFFMAN_ONLY);
                deflater.setInput(new byte[0]);
                out.deflateFrom(deflater, Deflater.NO_FLUSH, false);
            }
            deflater.setInput(data);
            adler.update(data);
            crc.update(data);
            totalIn += data.length;
            if (mode == Z_FINISH) {
                deflater.finish();
                out.deflateFrom(deflater, Deflater.NO_FLUSH, true);
                deflater.end();
                finished = true;
                out.writeAll(trailer());
            } else {
                int flush = switch (mode) {
                    case Z_NO_FLUSH -> Deflater.NO_FLUSH;
                    case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
                    default -> Deflater.SYNC_FLUSH;
                };
                out.deflateFrom(deflater, flush, false);
            }
            return out.toByteArray();
        }

        private byte[] header() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int effectiveLevel = level < 0 ? 6 : level;
            if (container == Container.ZLIB) {
                int flevel = strategy >= Z_HUFFMAN_ONLY || effectiveLevel < 2 ? 0
                    : effectiveLevel < 6 ? 1 : effectiveLevel == 6 ? 2 : 3;
                int header = ((window - 8) << 4 | 8) << 8 | flevel << 6 | (zdict != null ? 0x20 : 0);
                header += 31 - header % 31;
                out.write(header >> 8);
                out.write(header & 0xFF);
                if (zdict != null) {
                    Adler32 dictId = new Adler32();
                    dictId.update(zdict);
                    writeBigEndian(out, (int) dictId.getValue());
                }
            } else if (container == Container.GZIP) {
                int xfl = effectiveLevel == 9 ? 2 : strategy >= Z_HUFFMAN_ONLY || effectiveLevel < 2 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            return out.toByteArray();
        }

        private byte[] trailer() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (container == Container.ZLIB) {
                writeBigEndian(out, (int) adler.getValue());
            } else if (container == Container.GZIP) {
                writeLittleEndian(out, (int) crc.getValue());
                writeLittleEndian(out, (int) totalIn);
            }
            return out.toByteArray();
        }
    }

    /** Output collected in blocks of growing size, as CPython's zlib module allocates it. */
    private static final class OutputBlocks {
        private static final int[] SIZES = {32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20,
            16 << 20, 32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20};
        private final ByteArrayOutputStream done = new ByteArrayOutputStream();
        private int blocks;
        private byte[] block = new byte[SIZES[0]];
        private int used;

        private void nextBlockIfFull() {
            if (used == block.length) {
                done.write(block, 0, used);
                blocks++;
                block = new byte[SIZES[Math.min(blocks, SIZES.length - 1)]];
                used = 0;
            }
        }

        void writeAll(byte[] bytes) {
            for (byte b : bytes) {
                nextBlockIfFull();
                block[used++] = b;
            }
        }

        /** Calls deflate until it leaves output space unused (and, when finishing, the stream is finished). */
        void deflateFrom(Deflater deflater, int flush, boolean finishing) {
            do {
                nextBlockIfFull();
                used += deflater.deflate(block, used, block.length - used, flush);
            } while (used == block.length || (finishing && !deflater.finished()));
        }

        byte[] toByteArray() {
            done.write(block, 0, used);
            return done.toByteArray();
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    /** Where a decompression stream is: reading the wrapper's header, the deflate data, the trailer, or done. */
    private enum Phase { HEADER, BODY, TRAILER, DONE }

    /**
     * A decompression stream. {@link #decompress} consumes input up to an output limit and
     * reports what it did not consume ({@link #unconsumed}) and what follows the end of the
     * stream ({@link #unused}).
     */
    static final class Decompressor {
        private final Container initialContainer;
        private Container container;
        /** The window size in bits the caller allows (0: whatever the header says). */
        private final int window;
        private final byte[] zdict;
        private final Inflater inflater = new Inflater(true);
        private final Adler32 adler = new Adler32();
        private final CRC32 crc = new CRC32();
        private long totalOut;
        private Phase phase;
        /** The header or trailer bytes read so far. */
        private final ByteArrayOutputStream wrapper = new ByteArrayOutputStream();
        /** After a call: the input left unconsumed (output limit reached) and the input after the end of the stream. */
        byte[] unconsumed = new byte[0];
        byte[] unused = new byte[0];

        Decompressor(Container container, int window, byte[] zdict) {
            this.initialContainer = container;
            this.container = container;
            this.window = window;
            this.zdict = zdict;
            this.phase = container == Container.RAW ? Phase.BODY : Phase.HEADER;
            if (container == Container.RAW && zdict != null) {
                inflater.setDictionary(zdict);
            }
        }

        /** A new stream with this one's initial settings. */
        Decompressor fresh() {
            return new Decompressor(initialContainer, window, zdict);
        }

        boolean eof() {
            return phase == Phase.DONE;
        }

        /** Decompresses {@code data}, producing at most {@code maxLength} bytes (0: no limit). */
        byte[] decompress(byte[] data, int maxLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            unconsumed = new byte[0];
            unused = new byte[0];
            int pos = 0;
            if (phase == Phase.DONE) {
                unused = data;
                return out.toByteArray();
            }
            while (true) {
                if (phase == Phase.HEADER) {
                    while (pos < data.length && phase == Phase.HEADER) {
                        wrapper.write(data[pos++]);
                        checkHeader();
                    }
                    if (phase == Phase.HEADER) {
                        break;
                    }
                } else if (phase == Phase.BODY) {
                    inflater.setInput(data, pos, data.length - pos);
                    boolean limited = inflate(out, maxLength);
                    pos = data.length - inflater.getRemaining();
                    if (limited) {
                        unconsumed = java.util.Arrays.copyOfRange(data, pos, data.length);
                        break;
                    }
                    if (!inflater.finished()) {
                        break;
                    }
                    inflater.end();
                    phase = container == Container.RAW ? Phase.DONE : Phase.TRAILER;
                } else if (phase == Phase.TRAILER) {
                    int need = container == Container.GZIP ? 8 : 4;
                    while (pos < data.length && wrapper.size() < need) {
                        wrapper.write(data[pos++]);
                    }
                    if (wrapper.size() < need) {
                        break;
                    }
                    checkTrailer();
                    phase = Phase.DONE;
                } else {
                    unused = java.util.Arrays.copyOfRange(data, pos, data.length);
                    break;
                }
            }
            return out.toByteArray();
        }

        /** Inflates the current input into {@code out}; true when it stopped at the output limit. */
        private boolean inflate(ByteArrayOutputStream out, int maxLength) {
            byte[] buf = new byte[CHUNK];
            try {
                while (true) {
                    int want = buf.length;
                    if (maxLength > 0) {
                        int room = maxLength - out.size();
                        if (room == 0) {
                            return !inflater.finished() && (inflater.getRemaining() > 0 || !inflater.needsInput());
                        }
                        want = Math.min(want, room);
                    }
                    int n = inflater.inflate(buf, 0, want);
                    out.write(buf, 0, n);
                    adler.update(buf, 0, n);
                    crc.update(buf, 0, n);
                    totalOut += n;
                    if (inflater.finished()) {
                        return false;
                    }
                    if (inflater.needsDictionary()) {
                        throw ZlibModule.error(2, "while decompressing data", null);
                    }
                    if (n == 0 && inflater.needsInput()) {
                        return false;
                    }
                }
            } catch (DataFormatException e) {
                throw ZlibModule.error(-3, "while decompressing data", e.getMessage());
            }
        }

        private static PyException dataError(String message) {
            return ZlibModule.error(-3, "while decompressing data", message);
        }

        /** Checks the header bytes read so far; moves to BODY when the header is complete. */
        private void checkHeader() {
            byte[] h = wrapper.toByteArray();
            if (container == Container.AUTO && h.length == 2) {
                container = (h[0] & 0xFF) == 0x1f && (h[1] & 0xFF) == 0x8b ? Container.GZIP : Container.ZLIB;
            }
            if (container == Container.ZLIB) {
                checkZlibHeader(h);
            } else if (container == Container.GZIP) {
                checkGzipHeader(h);
            }
        }

        private void checkZlibHeader(byte[] h) {
            if (h.length < 2) {
                return;
            }
            int cmf = h[0] & 0xFF;
            int flg = h[1] & 0xFF;
            if (h.length == 2) {
                if ((cmf << 8 | flg) % 31 != 0) {
                    throw dataError("incorrect header check");
                }
                if ((cmf & 0x0F) != 8) {
                    throw dataError("unknown compression method");
                }
                int bits = (cmf >> 4) + 8;
                if (bits > 15 || (window != 0 && bits > window)) {
                    throw dataError("invalid window size");
                }
            }
            if ((flg & 0x20) == 0) {
                startBody();
                return;
            }
            if (h.length < 6) {
                return;
            }
            if (zdict == null) {
                throw ZlibModule.error(2, "while decompressing data", null);
            }
            Adler32 dictId = new Adler32();
            dictId.update(zdict);
            int expected = (h[2] & 0xFF) << 24 | (h[3] & 0xFF) << 16 | (h[4] & 0xFF) << 8 | (h[5] & 0xFF);
            if ((int) dictId.getValue() != expected) {
                throw ZlibModule.error(-3, "while setting zdict", "invalid input data");
            }
            inflater.setDictionary(zdict);
            startBody();
        }

        private void checkGzipHeader(byte[] h) {
            int n = h.length;
            if (n == 2 && ((h[0] & 0xFF) != 0x1f || (h[1] & 0xFF) != 0x8b)) {
                throw dataError("incorrect header check");
            }
            if (n == 3 && h[2] != 8) {
                throw dataError("unknown compression method");
            }
            if (n == 4 && (h[3] & 0xE0) != 0) {
                throw dataError("unknown header flags set");
            }
            if (n < 10) {
                return;
            }
            int flags = h[3];
            int at = 10;
            if ((flags & 4) != 0) {
                if (n < at + 2) {
                    return;
                }
                at += 2 + ((h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8);
                if (n < at) {
                    return;
                }
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < n && h[at] != 0) {
                        at++;
                    }
                    if (at >= n) {
                        return;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                if (n < at + 2) {
                    return;
                }
                CRC32 headerCrc = new CRC32();
                headerCrc.update(h, 0, at);
                if (((h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8) != (int) (headerCrc.getValue() & 0xFFFF)) {
                    throw dataError("header crc mismatch");
                }
                at += 2;
            }
            if (n == at) {
                startBody();
            }
        }

        private void startBody() {
            wrapper.reset();
            phase = Phase.BODY;
        }

        private void checkTrailer() {
            byte[] t = wrapper.toByteArray();
            if (container == Container.ZLIB) {
                int expected = (t[0] & 0xFF) << 24 | (t[1] & 0xFF) << 16 | (t[2] & 0xFF) << 8 | (t[3] & 0xFF);
                if (expected != (int) adler.getValue()) {
                    throw dataError("incorrect data check");
                }
            } else {
                int storedCrc = (t[0] & 0xFF) | (t[1] & 0xFF) << 8 | (t[2] & 0xFF) << 16 | (t[3] & 0xFF) << 24;
                int storedSize = (t[4] & 0xFF) | (t[5] & 0xFF) << 8 | (t[6] & 0xFF) << 16 | (t[7] & 0xFF) << 24;
                if (storedCrc != (int) crc.getValue()) {
                    throw dataError("incorrect data check");
                }
                if (storedSize != (int) totalOut) {
                    throw dataError("incorrect length check");
                }
            }
        }
    }
}
