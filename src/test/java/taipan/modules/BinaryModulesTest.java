package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import taipan.runtime.Ops;
import taipan.runtime.PyException;
import taipan.runtime.TypeSetup;

/** Java-level details of struct's half floats and zlib's gzip header parsing that the corpus cannot reach. */
class BinaryModulesTest {
    @BeforeAll
    static void setup() {
        TypeSetup.installAll();
    }

    @Test
    void everyFiniteHalfFloatRoundTrips() {
        for (int h = 0; h < 0x10000; h++) {
            float v = Float.float16ToFloat((short) h);
            if (!Float.isNaN(v)) {
                assertEquals(h, StructFormat.HalfFloat.pack(v), "half 0x" + Integer.toHexString(h));
            }
        }
    }

    @Test
    void halfwayValuesRoundToEven() {
        for (int h = 0; h < 0x7bff; h++) {
            double lo = Float.float16ToFloat((short) h);
            double hi = Float.float16ToFloat((short) (h + 1));
            int expected = h % 2 == 0 ? h : h + 1;
            assertEquals(expected, StructFormat.HalfFloat.pack((lo + hi) / 2), "between 0x" + Integer.toHexString(h));
        }
        assertEquals(0x7bff, StructFormat.HalfFloat.pack(65519.0));
        PyException e = assertThrows(PyException.class, () -> StructFormat.HalfFloat.pack(65520.0));
        assertEquals("float too large to pack with e format", Ops.strString(e.value));
    }

    /** A gzip member with FEXTRA, FNAME, FCOMMENT and FHCRC, as gzip files from other tools may have. */
    private static byte[] gzipWithOptionalFields(byte[] payload, boolean corruptHeaderCrc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 4 | 8 | 16 | 2, 1, 2, 3, 4, 0, 3});
        out.writeBytes(new byte[] {3, 0, 'x', 'y', 'z'});
        out.writeBytes("name.txt\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        CRC32 headerCrc = new CRC32();
        headerCrc.update(out.toByteArray());
        int crc16 = (int) headerCrc.getValue() & 0xFFFF ^ (corruptHeaderCrc ? 1 : 0);
        out.write(crc16);
        out.write(crc16 >> 8);
        Deflater d = new Deflater(6, true);
        d.setInput(payload);
        d.finish();
        byte[] buf = new byte[payload.length + 64];
        out.write(buf, 0, d.deflate(buf));
        CRC32 dataCrc = new CRC32();
        dataCrc.update(payload);
        for (long v : new long[] {dataCrc.getValue(), payload.length}) {
            for (int k = 0; k < 4; k++) {
                out.write((int) (v >> (8 * k)));
            }
        }
        return out.toByteArray();
    }

    @Test
    void gzipHeaderFieldsAreSkippedEvenWhenFedOneByteAtATime() {
        byte[] payload = "hello gzip header fields ".repeat(40).getBytes(StandardCharsets.ISO_8859_1);
        byte[] member = gzipWithOptionalFields(payload, false);
        ZlibStreams.Decompressor d = new ZlibStreams.Decompressor(ZlibStreams.Container.AUTO, 15, null);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        for (byte b : member) {
            got.writeBytes(d.decompress(new byte[] {b}, 0));
        }
        got.writeBytes(d.decompress("after".getBytes(StandardCharsets.ISO_8859_1), 0));
        assertArrayEquals(payload, got.toByteArray());
        assertTrue(d.eof());
        assertArrayEquals("after".getBytes(StandardCharsets.ISO_8859_1), d.unused);
    }

    @Test
    void gzipHeaderCrcIsChecked() {
        byte[] member = gzipWithOptionalFields("x".getBytes(StandardCharsets.ISO_8859_1), true);
        ZlibStreams.Decompressor d = new ZlibStreams.Decompressor(ZlibStreams.Container.GZIP, 15, null);
        PyException e = assertThrows(PyException.class, () -> d.decompress(member, 0));
        assertEquals("Error -3 while decompressing data: header crc mismatch", Ops.strString(e.value));
    }
}
