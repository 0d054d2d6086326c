package taipan.runtime;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Python's hash values. Numbers hash as in CPython (reduction modulo the
 * Mersenne prime 2**61 - 1, so that {@code hash(1) == hash(1.0) == hash(True)}
 * and equal numbers of any type hash equal). Strings and bytes hash with a
 * per-process random key with SipHash-1-3 over the bytes CPython hashes (a
 * str's characters as 1, 2 or 4 little-endian bytes each, by its widest
 * character), so hashes equal CPython's. {@code PYTHONHASHSEED} fixes the key
 * as CPython derives it: 0 disables randomization, another integer seeds
 * CPython's linear congruential generator; "random" or unset uses a random key.
 */
public final class Hashing {
    /** CPython's _PyHASH_MODULUS: 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final long INF = 314159;
    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long[] KEY = keyForSeed(seedFromEnvironment());
    private static final long K0 = KEY[0];
    private static final long K1 = KEY[1];

    private Hashing() {}

    /** PYTHONHASHSEED as a number in [0, 2**32), or -1 for a random key (unset, "random" or invalid). */
    private static long seedFromEnvironment() {
        String seed = System.getenv("PYTHONHASHSEED");
        if (seed == null || seed.equals("random")) {
            return -1;
        }
        try {
            long n = Long.parseLong(seed.trim());
            return n >= 0 && n <= 0xffffffffL ? n : -1;
        } catch (NumberFormatException e) {
            return -1;                                              // CPython refuses to start; we use a random key
        }
    }

    /**
     * The SipHash key (k0, k1) for a seed as CPython makes it: the first 16 of its 24 secret
     * bytes, little-endian; zero for seed 0, random for -1.
     */
    static long[] keyForSeed(long n) {
        byte[] secret = new byte[24];
        if (n > 0) {
            int x = (int) n;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) (x >>> 16);
            }
        } else if (n != 0) {
            new SecureRandom().nextBytes(secret);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(secret).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return new long[] {b.getLong(0), b.getLong(8)};
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

    /**
     * hash(float), CPython's _Py_HashDouble: a nan hashes as object.__hash__ of {@code owner},
     * the float or complex object holding it.
     */
    public static long hashDouble(Object owner, double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return Identity.id(owner) >> 4;
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

    /** hash(str) with this process's key: SipHash-1-3 of CPython's 1-, 2- or 4-byte representation. */
    public static long hashString(String s) {
        return hashString(K0, K1, s);
    }

    /** hash(str) with the key (k0, k1). */
    static long hashString(long k0, long k1, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int kind = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                kind = 2;
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    kind = 4;
                    break;
                }
            }
        }
        if (kind == 1) {
            return finish(sipHash13(k0, k1, s, s.length()));
        }
        byte[] data;
        if (kind == 2) {
            data = new byte[s.length() * 2];
            for (int i = 0; i < s.length(); i++) {
                data[2 * i] = (byte) s.charAt(i);
                data[2 * i + 1] = (byte) (s.charAt(i) >>> 8);
            }
        } else {
            int[] cps = s.codePoints().toArray();
            data = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                for (int k = 0; k < 4; k++) {
                    data[4 * i + k] = (byte) (cps[i] >>> (8 * k));
                }
            }
        }
        return finish(sipHash13(k0, k1, data, data.length));
    }

    /** hash(bytes) with this process's key; equal to the str hash of the same latin-1 text, as in CPython. */
    public static long hashBytes(byte[] b) {
        return b.length == 0 ? 0 : finish(sipHash13(K0, K1, b, b.length));
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }

    /** SipHash-1-3 with key (k0, k1) of {@code length} bytes: a byte[] or the chars (all below 256) of a String. */
    static long sipHash13(long k0, long k1, Object data, int length) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long m = word(data, i, 8);
            v3 ^= m;
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long b = ((long) length << 56) | word(data, i, length - i);
        v3 ^= b;
        for (int round = 0; round < 4; round++) {
            if (round == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** The little-endian word of {@code n} (at most 8) bytes from {@code i}. */
    private static long word(Object data, int i, int n) {
        long w = 0;
        if (data instanceof byte[] bytes) {
            for (int k = n - 1; k >= 0; k--) {
                w = (w << 8) | (bytes[i + k] & 0xff);
            }
        } else {
            String s = (String) data;
            for (int k = n - 1; k >= 0; k--) {
                w = (w << 8) | s.charAt(i + k);
            }
        }
        return w;
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
