package taipan.runtime;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Python's hash values. Numbers hash as in CPython (reduction modulo the
 * Mersenne prime 2**61 - 1, so that {@code hash(1) == hash(1.0) == hash(True)}
 * and equal numbers of any type hash equal). Strings and bytes hash as CPython's do:
 * SipHash-1-3 of their bytes (a str's in the narrowest of 1, 2 or 4 bytes per code
 * point, little-endian) with a per-process random 128-bit key; {@code PYTHONHASHSEED}
 * fixes the key as CPython derives it (0: all zero bits; n: bytes of a linear
 * congruential sequence from n), so hashes equal CPython's for the same seed.
 */
public final class Hashing {
    /** CPython's _PyHASH_MODULUS: 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final long INF = 314159;
    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long[] KEY = chooseKey();
    private static final long K0 = KEY[0];
    private static final long K1 = KEY[1];

    private Hashing() {}

    /** The SipHash key {k0, k1}: from PYTHONHASHSEED as CPython derives it, else random. */
    private static long[] chooseKey() {
        String seed = System.getenv("PYTHONHASHSEED");
        if (seed != null && !seed.equals("random")) {
            try {
                long n = Long.parseLong(seed.trim());
                if (n >= 0 && n <= 0xFFFFFFFFL) {
                    byte[] secret = new byte[16];
                    int x = (int) n;
                    for (int i = 0; n != 0 && i < secret.length; i++) {
                        x = x * 214013 + 2531011;
                        secret[i] = (byte) (x >>> 16);
                    }
                    return new long[] {le64(secret, 0, 8), le64(secret, 8, 8)};
                }
            } catch (NumberFormatException e) {
                // CPython refuses to start; we fall back to a random key
            }
        }
        SecureRandom r = new SecureRandom();
        return new long[] {r.nextLong(), r.nextLong()};
    }

    /** The little-endian value of {@code n} (at most 8) bytes from {@code off}. */
    private static long le64(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xFFL);
        }
        return v;
    }

    /** SipHash-1-3 of {@code b} with the process key, as CPython computes str and bytes hashes. */
    private static long sipHash13(byte[] b) {
        long v0 = K0 ^ 0x736f6d6570736575L;
        long v1 = K1 ^ 0x646f72616e646f6dL;
        long v2 = K0 ^ 0x6c7967656e657261L;
        long v3 = K1 ^ 0x7465646279746573L;
        int n = b.length;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long m = le64(b, i, 8);
            v3 ^= m;
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long last = (long) n << 56 | le64(b, i, n - i);
        v3 ^= last;
        long[] v = {v0, v1, v2, v3};
        sipRound(v);
        v[0] ^= last;
        v[2] ^= 0xff;
        sipRound(v);
        sipRound(v);
        sipRound(v);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void sipRound(long[] v) {
        v[0] += v[1];
        v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1];
        v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    /** hash(int) for a value in the long range. */
    public static long hashLong(long v) {
        long h;
        if (v >= 0) {
            h = v % MODULUS;
        } else {
            h = -((-(v + 1)) % MODULUS + 1) % MODULUS;
            if (v == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            }
        }
        return h == -1 ? -2 : h;
    }

    /** hash(int) for any int. */
    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash(float), CPython's _Py_HashDouble: a nan hashes as object.__hash__ of {@code owner}, the float or complex holding it. */
    public static long hashDouble(Object owner, double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return Identity.id(owner) >> 4;         // a nan hashes as object.__hash__ of its float or complex
        }
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        if (m == 0) {
            return 0;
        }
        int e = 0;
        if (m < Double.MIN_NORMAL) {
            m = Math.scalb(m, 54);
            e = -54;
        }
        int exp = Math.getExponent(m) + 1;
        m = Math.scalb(m, -exp); // frexp: m in [0.5, 1), v = m * 2**e
        e += exp;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** hash(str): of its code points in the narrowest width holding them all (1, 2 or 4 bytes each). */
    public static long hashString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int max = 0;
        boolean pairs = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            max = Math.max(max, c);
            pairs |= Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        byte[] data;
        if (pairs) {
            int[] cps = s.codePoints().toArray();
            data = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                data[4 * i] = (byte) cp;
                data[4 * i + 1] = (byte) (cp >> 8);
                data[4 * i + 2] = (byte) (cp >> 16);
            }
        } else if (max < 0x100) {
            data = new byte[s.length()];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) s.charAt(i);
            }
        } else {
            data = new byte[s.length() * 2];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                data[2 * i] = (byte) c;
                data[2 * i + 1] = (byte) (c >> 8);
            }
        }
        long h = sipHash13(data);
        return h == -1 ? -2 : h;
    }

    /** hash(bytes); equal to the str hash of the same latin-1 text, as in CPython. */
    public static long hashBytes(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long h = sipHash13(b);
        return h == -1 ? -2 : h;
    }

    /** CPython's tuple hash (xxHash-based, 3.8+), over the items' hashes. */
    public static long hashTuple(long[] itemHashes) {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (long lane : itemHashes) {
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += itemHashes.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
