package taipan.runtime;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Python's hash values. Numbers hash as in CPython (reduction modulo the
 * Mersenne prime 2**61 - 1, so that {@code hash(1) == hash(1.0) == hash(True)}
 * and equal numbers of any type hash equal). Strings and bytes hash with a
 * per-process random key, as CPython's do; {@code PYTHONHASHSEED} (an integer,
 * or "random") fixes the key, so runs can be repeated.
 */
public final class Hashing {
    /** CPython's _PyHASH_MODULUS: 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final long INF = 314159;
    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long KEY = chooseKey();

    private Hashing() {}

    private static long chooseKey() {
        String seed = System.getenv("PYTHONHASHSEED");
        if (seed != null && !seed.equals("random")) {
            try {
                long n = Long.parseLong(seed.trim());
                return mix(n * 0x9E3779B97F4A7C15L + 1);
            } catch (NumberFormatException e) {
                // CPython refuses to start; we fall back to a random key
            }
        }
        return new SecureRandom().nextLong();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
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

    /** hash(str) with this process's key. */
    public static long hashString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = KEY;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = mix(h ^ s.length());
        return h == -1 ? -2 : h;
    }

    /** hash(bytes) with this process's key; equal to the str hash of the same latin-1 text, as in CPython. */
    public static long hashBytes(byte[] b) {
        if (b.length == 0) {
            return 0;
        }
        long h = KEY;
        for (byte x : b) {
            h = (h ^ (x & 0xff)) * 0x100000001b3L;
        }
        h = mix(h ^ b.length);
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
