package taipan.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The single-byte code pages (cp1252, cp437, iso8859-15, koi8-r, mac-roman, ...)
 * as CPython 3.11 defines them, from {@code charmaps.txt} (written by
 * tools/gen_charmaps.py): for each, what every byte decodes to, some bytes
 * being undefined. {@link Codecs} encodes and decodes through them.
 */
final class Charmaps {
    private Charmaps() {}

    /** One code page: byte to code point and back; -1 where there is none. */
    static final class Charmap {
        private final int[] decode;
        private final Map<Integer, Integer> encode = new HashMap<>();

        Charmap(int[] decode) {
            this.decode = decode;
            for (int b = 255; b >= 0; b--) {
                if (decode[b] >= 0) {
                    encode.put(decode[b], b);
                }
            }
        }

        int decode(int b) {
            return decode[b];
        }

        int encode(int cp) {
            return encode.getOrDefault(cp, -1);
        }
    }

    private static final Map<String, Charmap> BY_NAME = new HashMap<>();

    static {
        try (InputStream in = Charmaps.class.getResourceAsStream("charmaps.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                int[] table = new int[256];
                Arrays.setAll(table, b -> f[2 + b].equals("-") ? -1 : Integer.parseInt(f[2 + b], 16));
                Charmap map = new Charmap(table);
                BY_NAME.put(f[0], map);
                for (String alias : f[1].split(",")) {
                    BY_NAME.put(alias, map);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code page for a normalized encoding name ({@link Codecs#normalize}), or null. */
    static Charmap find(String normalized) {
        Charmap m = BY_NAME.get(normalized);
        return m != null ? m : BY_NAME.get(normalized.replace('.', '_'));
    }
}
