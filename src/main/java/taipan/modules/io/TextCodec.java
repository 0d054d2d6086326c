package taipan.modules.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import taipan.interpreter.PythonRuntime;
import taipan.runtime.Codecs;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The incremental encoders and decoders TextIOWrapper uses: Java ones for UTF-8, Latin-1 and
 * ASCII (the UTF-8 decoder holds back an incomplete trailing sequence until more bytes or the
 * end come), and wrappers of the {@code codecs} module's incremental codecs for every other
 * encoding. A decoder's state is CPython's {@code (pending bytes, flags)} pair.
 */
final class TextCodec {
    private TextCodec() {}

    /** The Java codec for {@code encoding} ("utf-8", "latin-1", "ascii"), or null. */
    static String javaCodec(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf" -> "utf-8";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100" -> "latin-1";
            case "ascii", "us_ascii", "646", "us" -> "ascii";
            default -> null;
        };
    }

    /** {@code codecs.lookup(encoding)}, rejecting codecs that are not text encodings. */
    static Object lookup(String encoding) {
        Object codecs = Ops.call(PythonRuntime.current().builtins.get(PyStr.of("__import__")), PyStr.of("codecs"));
        Object info = Ops.call(Ops.getAttr(codecs, "lookup"), PyStr.of(encoding));
        Object text = Ops.getAttrOrNull(info, "_is_text_encoding");
        if (text != null && !Ops.isTrue(text)) {
            throw Exceptions.error(Exceptions.LOOKUP_ERROR,
                Ops.reprString(PyStr.of(encoding)) + " is not a text encoding; use codecs.open() to handle arbitrary codecs");
        }
        return info;
    }

    abstract static class Decoder {
        abstract String decode(byte[] input, boolean last);

        /** The bytes held back (CPython's state buffer). */
        abstract byte[] pending();

        abstract long flags();

        abstract void setState(byte[] pending, long flags);

        abstract void reset();
    }

    abstract static class Encoder {
        abstract byte[] encode(String text);

        /** Called when writing starts somewhere other than the start of a stream (no BOM then). */
        void continuing() {}

        void reset() {}
    }

    static Decoder decoder(String encoding, String errors) {
        String java = javaCodec(encoding);
        if (java != null) {
            return new JavaDecoder(java, errors);
        }
        Object info = lookup(encoding);
        Object factory = Ops.getAttr(info, "incrementaldecoder");
        return new PythonDecoder(Ops.call(factory, PyStr.of(errors)));
    }

    static Encoder encoder(String encoding, String errors) {
        String java = javaCodec(encoding);
        if (java != null) {
            return new Encoder() {
                @Override
                byte[] encode(String text) {
                    if (java.equals("utf-8") && errors.equals("strict") && !hasSurrogate(text)) {
                        return text.getBytes(StandardCharsets.UTF_8);
                    }
                    return Codecs.encode(text, java, errors);
                }
            };
        }
        Object info = lookup(encoding);
        Object enc = Ops.call(Ops.getAttr(info, "incrementalencoder"), PyStr.of(errors));
        return new Encoder() {
            @Override
            byte[] encode(String text) {
                Object r = Ops.call(Ops.getAttr(enc, "encode"), PyStr.of(text));
                if (!(r instanceof PyBytes b)) {
                    throw Exceptions.typeError("encoder should return a bytes object, not '" + Py.typeOf(r).name() + "'");
                }
                return b.bytes;
            }

            @Override
            void continuing() {
                Object setstate = Ops.getAttrOrNull(enc, "setstate");
                if (setstate != null) {
                    Ops.call(setstate, 0L);
                }
            }

            @Override
            void reset() {
                Ops.call(Ops.getAttr(enc, "reset"));
            }
        };
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8, Latin-1 or ASCII decoding in Java. */
    static final class JavaDecoder extends Decoder {
        private final String codec;
        private final String errors;
        private byte[] held = new byte[0];

        JavaDecoder(String codec, String errors) {
            this.codec = codec;
            this.errors = errors;
        }

        @Override
        String decode(byte[] input, boolean last) {
            byte[] data = input;
            if (held.length > 0) {
                data = Arrays.copyOf(held, held.length + input.length);
                System.arraycopy(input, 0, data, held.length, input.length);
                held = new byte[0];
            }
            int end = data.length;
            if (!last && codec.equals("utf-8")) {
                end = completeLength(data);
                if (end < data.length) {
                    held = Arrays.copyOfRange(data, end, data.length);
                }
            }
            if (codec.equals("latin-1")) {
                return new String(data, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (codec.equals("utf-8") && errors.equals("strict") && isAscii(data, end)) {
                return new String(data, 0, end, StandardCharsets.ISO_8859_1);
            }
            return Codecs.decode(data, 0, end, codec, errors);
        }

        private static boolean isAscii(byte[] b, int end) {
            for (int i = 0; i < end; i++) {
                if (b[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        /** The length of the prefix of {@code b} that does not end inside a multi-byte sequence. */
        private static int completeLength(byte[] b) {
            int n = b.length;
            for (int back = 1; back <= 3 && back <= n; back++) {
                int c = b[n - back] & 0xFF;
                if ((c & 0xC0) == 0x80) {
                    continue;
                }
                int need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
                return need > back ? n - back : n;
            }
            return n;
        }

        @Override
        byte[] pending() {
            return held;
        }

        @Override
        long flags() {
            return 0;
        }

        @Override
        void setState(byte[] pending, long flags) {
            held = pending;
        }

        @Override
        void reset() {
            held = new byte[0];
        }
    }

    /** A {@code codecs} incremental decoder. */
    static final class PythonDecoder extends Decoder {
        private final Object decoder;

        PythonDecoder(Object decoder) {
            this.decoder = decoder;
        }

        @Override
        String decode(byte[] input, boolean last) {
            Object r = Ops.call(Ops.getAttr(decoder, "decode"), new Object[] {new PyBytes(input), Py.bool(last)},
                new String[] {"final"});
            if (!(r instanceof PyStr s)) {
                throw Exceptions.typeError("decoder should return a string result, not '" + Py.typeOf(r).name() + "'");
            }
            return s.value();
        }

        private PyTuple state() {
            Object st = Ops.call(Ops.getAttr(decoder, "getstate"));
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw Exceptions.typeError("illegal decoder state");
            }
            return t;
        }

        @Override
        byte[] pending() {
            return IOBase.bytesLike(state().get(0));
        }

        @Override
        long flags() {
            return Ops.indexAsInt(state().get(1));
        }

        @Override
        void setState(byte[] pending, long flags) {
            Ops.call(Ops.getAttr(decoder, "setstate"), PyTuple.of(new PyBytes(pending), flags));
        }

        @Override
        void reset() {
            Ops.call(Ops.getAttr(decoder, "reset"));
        }
    }
}
