package taipan.modules;

/**
 * The Keccak sponge of FIPS 202 over the Keccak-f[1600] permutation, used for SHAKE128 and
 * SHAKE256: bytes are absorbed {@code rate} at a time into the 25-lane state; {@link #digest}
 * pads a copy (domain suffix byte, final 0x80 bit) and squeezes any number of bytes, leaving
 * this sponge free to absorb more.
 */
final class Keccak implements HashModules.Hasher {
    private static final long[] ROUND_CONSTANTS = new long[24];
    /** The rho rotation of lane x + 5y. */
    private static final int[] ROTATIONS = new int[25];

    static {
        // Round constants from the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1 (FIPS 202, rc(t)).
        int lfsr = 1;
        for (int round = 0; round < 24; round++) {
            long rc = 0;
            for (int j = 0; j < 7; j++) {
                if ((lfsr & 1) != 0) {
                    rc |= 1L << ((1 << j) - 1);
                }
                lfsr = (lfsr & 0x80) != 0 ? ((lfsr << 1) ^ 0x71) & 0xff : lfsr << 1;
            }
            ROUND_CONSTANTS[round] = rc;
        }
        // Rho offsets: walking (x, y) -> (y, 2x + 3y) from (1, 0), step t rotates by (t+1)(t+2)/2.
        int x = 1;
        int y = 0;
        for (int t = 0; t < 24; t++) {
            ROTATIONS[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nextY = (2 * x + 3 * y) % 5;
            x = y;
            y = nextY;
        }
    }

    private final long[] lanes;
    private final int rate;
    private final byte suffix;
    /** How many bytes of the current block have been absorbed. */
    private int filled;

    /** A sponge absorbing {@code rate} bytes per block, padding with domain {@code suffix}. */
    Keccak(int rate, int suffix) {
        this(new long[25], rate, (byte) suffix, 0);
    }

    private Keccak(long[] lanes, int rate, byte suffix, int filled) {
        this.lanes = lanes;
        this.rate = rate;
        this.suffix = suffix;
        this.filled = filled;
    }

    int rate() {
        return rate;
    }

    int suffix() {
        return suffix & 0xff;
    }

    @Override
    public Keccak copy() {
        return new Keccak(lanes.clone(), rate, suffix, filled);
    }

    private void xorByte(int pos, int b) {
        lanes[pos >> 3] ^= (long) (b & 0xff) << (8 * (pos & 7));
    }

    @Override
    public void update(byte[] data, int off, int len) {
        for (int i = 0; i < len; i++) {
            xorByte(filled++, data[off + i]);
            if (filled == rate) {
                permute(lanes);
                filled = 0;
            }
        }
    }

    /** {@code length} bytes of output for everything absorbed so far. */
    @Override
    public byte[] digest(int length) {
        Keccak end = copy();
        end.xorByte(end.filled, suffix);
        end.xorByte(rate - 1, 0x80);
        permute(end.lanes);
        byte[] out = new byte[length];
        for (int pos = 0, inBlock = 0; pos < length; pos++, inBlock++) {
            if (inBlock == rate) {
                permute(end.lanes);
                inBlock = 0;
            }
            out[pos] = (byte) (end.lanes[inBlock >> 3] >>> (8 * (inBlock & 7)));
        }
        return out;
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota on lanes indexed x + 5y. */
    private static void permute(long[] a) {
        long[] column = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                column[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = column[(x + 4) % 5] ^ Long.rotateLeft(column[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
