package taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** str/bytes hashes equal CPython 3.11's (64-bit, siphash13) for the keys PYTHONHASHSEED gives. */
class HashingTest {
    private static long str(long seed, String s) {
        long[] key = Hashing.keyForSeed(seed);
        return Hashing.hashString(key[0], key[1], s);
    }

    private static long bytes(long seed, String latin1) {
        long[] key = Hashing.keyForSeed(seed);
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return b.length == 0 ? 0 : Hashing.sipHash13(key[0], key[1], b, b.length);
    }

    @Test
    void seedZeroDisablesRandomization() {
        assertEquals(-4594863902769663758L, str(0, "abc"));
        assertEquals(-4594863902769663758L, bytes(0, "abc"));
        assertEquals(1450545860578130900L, str(0, "abcdefghijk"));
        assertEquals(1359644457043326220L, str(0, "x".repeat(100)));
        assertEquals(0L, str(0, ""));
    }

    @Test
    void wideCharactersHashTheirTwoOrFourByteForm() {
        assertEquals(-2810468059467891395L, str(0, "\u00e4\u00fa\u2211\u2107"));
        assertEquals(-7541021549821082252L, str(0, "a\uD83D\uDE00b"));
        assertEquals(-661544577070205241L, str(0, "\ud800x"));
        assertEquals(6047309291227476195L, str(0, "\u00e9"));
    }

    @Test
    void aSeedKeysTheHashAsCPythonsGeneratorDoes() {
        assertEquals(3869580338025362921L, str(42, "abc"));
        assertEquals(7764564197781545852L, str(42, "abcdefghijk"));
        assertEquals(-2845126246016066802L, str(42, "\u00e4\u00fa\u2211\u2107"));
        assertEquals(-5457871895989710762L, bytes(42, "abcdefgh"));
        assertEquals(-6122489556238538401L, str(4294967295L, "abc"));
    }

    @Test
    void randomKeysDiffer() {
        assertNotEquals(str(-1, "abc"), str(-1, "abc"));
    }
}
