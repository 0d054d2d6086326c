package taipan.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The case helpers against CPython 3.11.7's {@code _sre.unicode_tolower} and
 * {@code _sre.unicode_iscased} over every code point, summarised as CPython
 * computes them with:
 * <pre>
 * low = [(c, _sre.unicode_tolower(c)) for c in range(0x110000) if _sre.unicode_tolower(c) != c]
 * edges = code points where unicode_iscased(c) differs from unicode_iscased(c - 1) (c - 1 = -1: False)
 * len(low), len(edges), sum(c * 7 + l * 13 for c, l in low) % 1000000007, sum(edges) % 1000000007
 * </pre>
 */
class SreCharsTest {
    @Test
    void unicodeLowerAndCasedMatchCPythonEverywhere() {
        long lowered = 0;
        long lowerSum = 0;
        long edges = 0;
        long edgeSum = 0;
        boolean prev = false;
        for (int c = 0; c < 0x110000; c++) {
            int l = SreChars.lowerUnicode(c);
            if (l != c) {
                lowered++;
                lowerSum = (lowerSum + c * 7L + l * 13L) % 1000000007;
            }
            boolean cased = SreChars.unicodeIsCased(c);
            if (cased != prev) {
                edges++;
                edgeSum = (edgeSum + c) % 1000000007;
                prev = cased;
            }
        }
        assertEquals(1433, lowered);
        assertEquals(262, edges);
        assertEquals(679440400, lowerSum);
        assertEquals(4932447, edgeSum);
    }

    @Test
    void simpleMappingsTakeTheFirstCodePointOfFullOnes() {
        assertEquals('i', SreChars.lowerUnicode(0x130));
        assertEquals('S', SreChars.upperUnicode(0xDF));
        assertEquals(0x3C3, SreChars.lowerUnicode(0x3A3));
        assertEquals(0x3A3, SreChars.upperUnicode(0x3C2));
        assertEquals('k', SreChars.lowerUnicode(0x212A));
    }

    @Test
    void asciiHelpers() {
        assertEquals('a', SreChars.lowerAscii('A'));
        assertEquals(0xC9, SreChars.lowerAscii(0xC9));
        assertEquals(true, SreChars.asciiIsCased('z'));
        assertEquals(false, SreChars.asciiIsCased(0xE9));
    }
}
